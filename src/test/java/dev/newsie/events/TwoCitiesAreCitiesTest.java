package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 两市 sums up two cities: a state or province named last is none of its sides (made-up reports). */
class TwoCitiesAreCitiesTest {
    @Test
    void aStateNamedLastIsNoSideOfTwoCities() {
        List<Event> ss = signings(run("台南市议长李志明表示,访团正在美国加利福尼亚州进行城市交流,为两市缔盟留下佳话。", "2021-03-04"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("加利福尼亚")), ss.toString());
    }
}

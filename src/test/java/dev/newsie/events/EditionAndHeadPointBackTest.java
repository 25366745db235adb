package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 此次在甲市召开的第三届大会: an edition and a bare head name the reported forum, not another (made-up report). */
class EditionAndHeadPointBackTest {
    @Test
    void anEditionAndTheHeadOfTheReportedNameAreThatForum() {
        List<Event> fs = ofType(run("本报讯 2026白州国际友好城市大会9日在白州开幕。白州国际友好城市大会每两年一届,"
                + "此次在白州召开的第三届大会以“开放包容 携手共赢”为主题。", "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("开放包容 携手共赢", fs.get(0).theme(), fs.toString());
    }
}

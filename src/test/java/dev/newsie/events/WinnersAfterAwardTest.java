package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the winners named after the award's name. */
class WinnersAfterAwardTest {
    @Test
    void aTimeWordBetweenTheAwardAndItsVerbOfConferring() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("颁奖\n“北江友谊奖”今年授予了瑞典工程师拉尔斯·贝里等9人。", "2031-09-30"),
                EventType.AWARD).get(0);
        assertEquals(List.of("拉尔斯·贝里"), e.recipients());
    }
}

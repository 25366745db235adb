package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A report of this year's forum that narrates a past edition (2012年在甲国举办了第一届大会) goes on about the forum it
 * reports: 本届论坛以…为主题 after the narration is this year's (made-up report).
 */
class TheReportGoesOnAboutTheEditionReportedTest {
    @Test
    void thisEditionsThemeIsNotThePastEditions() {
        List<Event> fs = ofType(run("本报讯 2026年4月11日,第五届白州国际民间友好论坛在白州召开。"
                + "论坛的前身是友好组织大会,2012年在青河召开了第一届白州友好组织大会。"
                + "本届论坛以“民心相通”为主题,由白州友协主办。", "2026-04-12"), EventType.FORUM);
        Event now = fs.stream().filter(f -> f.name().contains("第五届")).findFirst().orElseThrow();
        Event past = fs.stream().filter(f -> f.name().contains("第一届")).findFirst().orElseThrow();
        assertEquals("民心相通", now.theme(), fs.toString());
        assertNull(past.theme(), fs.toString());
    }
}

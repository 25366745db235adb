package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * 甲乙人民论坛第八次会议: a session is named by its series and an ordinal. The series' name inside the session's, and
 * the series described later (甲乙人民论坛是…创立的机制), speak of the one session reported (made-up report).
 */
class ASeriesAndItsSessionAreOneForumTest {
    private static final String REPORT = "本报讯 11日,青河白山人民论坛第五次会议在白州开幕。"
            + "青河白山人民论坛是两国友协于2016年共同发起创立的民间交流活动,在两国轮流举办。"
            + "本次论坛以“睦邻同行”为主题,约90人参会。";

    @Test
    void theSessionIsOneForumNamedInFull() {
        List<Event> fs = ofType(run(REPORT, "2026-04-12"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("青河白山人民论坛第五次会议", fs.get(0).name());
        assertEquals("睦邻同行", fs.get(0).theme());
    }

    @Test
    void theYearTheSeriesWasFoundedDatesNoSession() {
        List<Event> fs = ofType(run(REPORT.replace("本报讯 11日,", "本报讯 "), "2026-04-12"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertNull(fs.get(0).date(), fs.toString());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 今年论坛以…为主题: 今年 points at this year's edition, the forum reported, as 本届 does; it names none (made-up report). */
class ThisYearsEditionPointsBackTest {
    @Test
    void thisYearsForumIsTheReportedOne() {
        List<Event> fs = ofType(run("本报讯 6日,2026白州青河双城论坛在白州开幕。据悉,今年论坛以“健康城市 共享未来”为主题。",
                "2026-04-07"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2026白州青河双城论坛", fs.get(0).name());
        assertNull(fs.get(0).aliases(), fs.toString());
        assertEquals("健康城市 共享未来", fs.get(0).theme());
    }
}

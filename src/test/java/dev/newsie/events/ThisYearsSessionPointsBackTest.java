package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * 本年度论坛圆桌会议由…协办: a yearly forum's report calls this year's session 本年度 (今年度) as it calls it 今年;
 * the words point back at the forum reported and name none of their own (made-up report).
 */
class ThisYearsSessionPointsBackTest {
    @Test
    void thisYearsSessionIsTheReportedForum() {
        List<Event> fs = ofType(run("青河网12月3日讯 3日,青河市参加白州国际城市合作论坛圆桌会议。"
                + "本年度论坛圆桌会议由白州城市联盟协办,双方共9个城市代表参加,会议主题是“城市互联与共同发展”。",
                "2026-12-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertNull(fs.get(0).aliases(), fs.toString());
        assertEquals("城市互联与共同发展", fs.get(0).theme());
        assertEquals(9, fs.get(0).cities());
    }
}

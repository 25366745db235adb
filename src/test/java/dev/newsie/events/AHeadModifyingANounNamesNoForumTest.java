package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 民间对话机制, 重要对话平台: a meeting noun before 机制 or 平台 modifies it; and 已召开6次会议 counts sessions. Neither
 * names a gathering held (made-up report).
 */
class AHeadModifyingANounNamesNoForumTest {
    @Test
    void aMechanismAPlatformAndACountOfSessionsAreNoForums() {
        List<Event> fs = ofType(run("本报讯 11日,第三届青河城市论坛在白州举行。该论坛是青河地区城市间的民间对话机制,"
                + "已在各城市轮流举行,迄今已召开6次会议,成为区域城市重要对话平台。", "2026-04-12"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第三届青河城市论坛", fs.get(0).name());
    }
}

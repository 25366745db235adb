package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: forums named as members of an enumeration (甲论坛、乙峰会等国际会议) sum up a city's year or a
 * visitor's trips; none of them is a forum the report tells held, while a forum reported on its own still is.
 */
class ForumsListedAsExamplesAreNotHeldTest {

    @Test
    void forumsInAYearsSummaryAreNoForumsHeld() {
        String text = "去年,烟台外事工作成绩显著,成功举办2023烟台国际友城论坛、襄阳城市创新峰会等国际会议12场。";
        assertEquals(0, ofType(run(text, "2024-01-10"), EventType.FORUM).size());
    }

    @Test
    void oneForumClosedByDengIsAnExampleToo() {
        String text = "近年来,烟台通过举办烟台国际海洋合作论坛等国际性会议,对外交往日益活跃。";
        assertEquals(0, ofType(run(text, "2024-01-10"), EventType.FORUM).size());
    }

    @Test
    void aForumReportedOnItsOwnIsStillHeld() {
        String text = "12月6日,2024烟台国际友城论坛在烟台举行,来自20个国家的嘉宾出席。";
        List<Event> fs = ofType(run(text, "2024-12-07"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024烟台国际友城论坛", fs.get(0).name());
    }

    @Test
    void listMembershipIsReadAcrossQuotationMarks() {
        String s = "举办了“烟台友城论坛”、“襄阳创新峰会”等活动";
        int a = s.indexOf("烟台友城论坛"), b = s.indexOf("襄阳创新峰会");
        assertTrue(ListedForumNames.listed(s, new int[]{a, a + 6}));
        assertTrue(ListedForumNames.listed(s, new int[]{b, b + 6}));
        String alone = "2024烟台国际友城论坛在烟台举行";
        assertFalse(ListedForumNames.listed(alone, new int[]{0, 12}));
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 座谈会 held for an anniversary, the season's greetings or an office's own work (周年座谈会, 新春座谈会, 工作座谈会) is a
 * ceremony or a work meeting, not a forum (GOLD.md §3), whatever stands before it (made-up reports).
 */
class ACeremonialSymposiumIsNoForumTest {
    @Test
    void workAnniversaryAndNewYearSymposiaAreNoForums() {
        List<Event> fs = ofType(run("9日，青川市外办召开2026年国际友城工作座谈会，总结去年友城工作。", "2026-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
        fs = ofType(run("9日，青川市与白沙市结好30周年座谈会在青川举行。", "2026-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
        fs = ofType(run("9日，青川市外商投资企业新春座谈会在青川举行，40余家企业代表参加。", "2026-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
    }

    @Test
    void aSymposiumOnASubjectIsStillAForum() {
        List<Event> fs = ofType(run("9日，2026中外城市合作座谈会在青川举行，来自8个国家的代表参加。", "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
    }

    @Test
    void aForumHeldTheSameDayIsStillOne() {
        List<Event> fs = ofType(run("9日，第三届青川国际友城论坛在青川举行，会后还召开了友城工作座谈会。", "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第三届青川国际友城论坛", fs.get(0).name());
    }
}

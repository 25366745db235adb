package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 出席论坛的N名嘉宾, 参与今次论坛各国代表约N人: those who attended the forum, counted, are its attendance (made-up sentences). */
class AttendersOfTheForumCountedTest {
    @Test
    void aCountAfterTheAttendersOfTheForumIsTheAttendance() {
        assertEquals(350, ForumCounts.read("出席论坛的350余名中外嘉宾将展开广泛交流。").attendees());
        assertTrue(new ForumSentences(EventLexicon.load()).refersToForum("出席论坛的350余名中外嘉宾将展开广泛交流。"));
    }

    @Test
    void aCountClosingTheClauseWithoutAVerbAfterIt() {
        assertEquals(420, ForumCounts.read("参与今次论坛各地代表约420人。").attendees());
        assertEquals(180, ForumCounts.read("参加本届大会的代表共计180人。").attendees());
    }

    @Test
    void suchASentenceTellsOfTheForumReported() {
        assertTrue(new ForumSentences(EventLexicon.load()).refersToForum("参与今次论坛各地代表约420人。"));
    }

    @Test
    void 今次PointsAtTheForumReportedAndNamesNone() {
        ForumNames names = new ForumNames(EventLexicon.load());
        assertTrue(names.find("参与今次论坛各地代表约420人。").isEmpty());
    }
}

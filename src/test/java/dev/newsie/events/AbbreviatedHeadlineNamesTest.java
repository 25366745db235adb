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
 * A headline shortens the forum's name by leaving words out, keeping the rest in order (made-up reports): the
 * short name above the full one is one forum, not two.
 */
class AbbreviatedHeadlineNamesTest {
    private static List<Event> forums(String text) {
        return ofType(run(text, "2026-04-10"), EventType.FORUM);
    }

    @Test
    void aHeadlineLeavingWordsOutNamesTheBodysForum() {
        List<Event> fs = forums("青白港口论坛在白州举行\n\n本报讯 9日,第四届青白港口城市合作论坛在白州举行。论坛以“携手共进”为主题。");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第四届青白港口城市合作论坛", fs.get(0).name());
        assertTrue(fs.get(0).aliases().contains("青白港口论坛"), fs.toString());
    }

    @Test
    void theEditionMayStandInTheMiddle() {
        List<Event> fs = forums("白州友城大会闭幕\n\n本报讯 9日,白州第二届国际友城大会闭幕。来自12个国家的代表出席。");
        assertEquals(1, fs.size(), fs.toString());
    }

    @Test
    void aHeadlineMayLeaveOutOnlyTheSessionsOrdinal() {
        assertTrue(ForumMentions.abbreviates("2026年青白城市论坛第三次全体会议", "青白城市论坛全体会议"));
        assertFalse(ForumMentions.abbreviates("青白城市论坛全体会议", "青白城市论坛全体会议"));
    }

    @Test
    void anotherEditionIsNoAbbreviation() {
        assertFalse(ForumMentions.abbreviates("第四届青白港口城市合作论坛", "第三届青白港口论坛"));
    }

    @Test
    void anotherHeadIsNoAbbreviation() {
        assertFalse(ForumMentions.abbreviates("第四届青白港口城市合作论坛", "青白港口大会"));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Backoff: a forum's hosts do not change between the sentences of a report, so a forum the reporting sentences left
 * without hosts takes those that a later sentence naming it gives, though that sentence reports nothing held (made-up
 * reports).
 */
class HostsNamedAnywhereInTheReportTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static ForumExtractor.Forum forum(String text, String name) {
        return FORUMS.extract(new DocumentContext(text, "2026-03-09", entities(text))).stream()
                .filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void hostsGivenAfterAnotherForumWasReported() {
        String text = "3月8日,2026白河城市合作论坛在太原开幕。3月9日,白河青年论坛在太原举行。"
                + "白河城市合作论坛由中国城市发展协会和太原市人民政府共同主办。";
        assertEquals(List.of("中国城市发展协会", "太原市人民政府"), forum(text, "2026白河城市合作论坛").b.build().organizers());
    }

    @Test
    void hostsOfOneForumAreNotAnothers() {
        String text = "3月8日,2026白河城市合作论坛在太原开幕。3月9日,白河青年论坛在太原举行。"
                + "白河城市合作论坛由中国城市发展协会和太原市人民政府共同主办。";
        assertNull(forum(text, "白河青年论坛").b.build().organizers());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Backoff: a report gives a forum's agenda once, often apart from the sentence that dates it; a forum the reporting
 * sentences left without topics takes those a later sentence naming it lists — but not a list standing before the
 * name of another event (made-up reports).
 */
class TopicsListedAnywhereInTheReportTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static ForumExtractor.Forum forum(String text, String name) {
        return FORUMS.extract(new DocumentContext(text, "2026-03-09", entities(text))).stream()
                .filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void subForumsListedAfterAnotherForumWasReported() {
        String text = "3月8日,2026白河城市合作论坛在太原开幕。3月9日,白河青年论坛在太原举行。"
                + "白河城市合作论坛设“数字城市”“绿色交通”两个分论坛。";
        assertEquals(List.of("数字城市", "绿色交通"), forum(text, "2026白河城市合作论坛").b.build().topics());
    }

    @Test
    void aListBeforeAnotherEventsNameIsNotItsTopics() {
        String text = "3月8日,2026白河城市合作论坛在太原开幕。"
                + "期间,举行“数字城市”“绿色交通”等4个分论坛,“白河青年联盟2026年年会”和“白河商务论坛”2场边会。";
        assertEquals(List.of("数字城市", "绿色交通"), forum(text, "2026白河城市合作论坛").b.build().topics());
        assertNull(forum(text, "白河青年联盟2026年年会").b.build().topics());
    }
}

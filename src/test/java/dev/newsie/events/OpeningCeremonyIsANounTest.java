package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview of a forum (made-up reports): 开幕式 is the opening ceremony, a noun, so 大会开幕式将于…举行 plans an
 * opening; and 将 right before the verb (还将举行) plans what it names.
 */
class OpeningCeremonyIsANounTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void anOpeningCeremonyStillToComeIsNoEvent() {
        assertTrue(run("2026青河国际友好城市大会开幕式将于10月8日上午在白州会展中心举行。", null).isEmpty());
    }

    @Test
    void partsAnnouncedRightBeforeTheVerbAreNoEvents() {
        assertTrue(run("大会还将举行港口城市市长对话、青年创新论坛等活动。", "2026-09-20").isEmpty());
    }

    @Test
    void anOpeningCeremonyHeldStillReportsTheForum() {
        List<Event> fs = run("10月8日上午,2026青河国际友好城市大会开幕式在白州会展中心举行。", "2026-10-08");
        assertEquals(1, fs.size(), fs.toString());
    }
}

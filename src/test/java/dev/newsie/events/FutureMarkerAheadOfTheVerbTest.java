package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 将 before the verb of holding in the same clause plans the meetings, whatever stands between (made-up reports). */
class FutureMarkerAheadOfTheVerbTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void meetingsAnnouncedWith将AreNoEvents() {
        assertTrue(run("白州市长在致辞中说,白州今年将与青河市陆续举办青白青年论坛、“港口城市”研讨会等活动。", "2023-03-15").isEmpty());
    }

    @Test
    void nearlyACountIsNoPlan() {
        List<Event> fs = run("5月8日,将近300人参加了2023青河国际友城论坛。", "2023-05-09");
        assertEquals(1, fs.size(), fs.toString());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Counted parts of a forum, then their names after a colon, are its topics (made-up sentences). */
class PartsNamedAfterAColonTest {
    private static final String S = "论坛设三场平行论坛:港口物流论坛、文化旅游论坛、青年创业论坛。";

    @Test
    void theNamesAfterTheColonAreAListOfParts() {
        assertNotNull(ForumTopics.partList(S));
        assertEquals(List.of("港口物流论坛", "文化旅游论坛", "青年创业论坛"), ForumTopics.topics(S));
    }

    @Test
    void theyAreTheReportedForumsTopics() {
        String text = "6月2日,2022白州国际友城论坛在白州市举行。" + S;
        List<Event> fs = new ForumExtractor(EventLexicon.load(), names()).extract(new DocumentContext(text, "2022-06-03", entities(text)))
                .stream().map(f -> f.b.build()).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("港口物流论坛", "文化旅游论坛", "青年创业论坛"), fs.get(0).topics());
    }
}

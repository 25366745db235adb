package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 举行了以“X”为主题的分论坛: a theme named before the part it belongs to is a topic, not the forum's theme (made-up). */
class ThemeOfAPartIsATopicTest {
    private static final String SENTENCE = "当天下午,还举行了以“港口物流协作”为主题的平行论坛。";

    @Test
    void itIsATopic() {
        assertEquals(List.of("港口物流协作"), ForumTopics.topics(SENTENCE));
    }

    @Test
    void itIsNoTheme() {
        assertNull(ForumTopics.theme(SENTENCE));
    }
}

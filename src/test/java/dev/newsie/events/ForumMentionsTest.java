package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up forum names. */
class ForumMentionsTest {
    private static ForumExtractor.Forum named(String name) {
        ForumExtractor.Forum f = new ForumExtractor.Forum();
        f.name = name;
        return f;
    }

    @Test
    void theKeyDropsTheYearAndShortens友好城市() {
        assertEquals("青河国际友城大会", ForumMentions.key("2024青河国际友好城市大会"));
    }

    @Test
    void theNameWithoutItsYearIsTheSameForum() {
        assertTrue(ForumMentions.sameForum(named("2024青河国际友城论坛"), "青河国际友城论坛", List.of("青河")));
    }

    @Test
    void namesThatDifferInTheirPlaceAreTwoForums() {
        assertFalse(ForumMentions.sameForum(named("2023青河国际友城合作论坛"), "2024白山国际友城合作论坛", List.of("青河", "白山")));
    }

    @Test
    void aNameWithItsYearIsFuller() {
        assertTrue(ForumMentions.fuller("2024青河论坛", "青河国际友城论坛"));
        assertFalse(ForumMentions.fuller("青河论坛", "青河国际论坛"));
    }
}

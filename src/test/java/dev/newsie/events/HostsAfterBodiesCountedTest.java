package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 由六省省会城市政府以及甲协会主办: a list of hosts after 由 may open with bodies counted, not named; the named hosts
 * after them still host the forum (made-up reports).
 */
class HostsAfterBodiesCountedTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<String> hosts(String text) {
        return FORUMS.extract(new DocumentContext(text, "2026-03-09", entities(text))).get(0).b.build().organizers();
    }

    @Test
    void namedHostAfterCountedCapitals() {
        assertEquals(List.of("中国城市发展协会"),
                hosts("今日,第五届白河流域省会城市市长论坛在太原开幕。本届论坛由白河流域五省省会城市政府以及中国城市发展协会主办。"));
    }

    @Test
    void namedHostAfterTwoCitiesGovernments() {
        assertEquals(List.of("中国城市发展协会"),
                hosts("3月8日,2026太原双城合作论坛在太原举行。论坛由两市政府和中国城市发展协会联合主办。"));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: 举办 modifying a noun (举办城市 the host city, 举办地, 举办权, 举办方) is a compound that tells of no
 * session held; with a forum head after it (举办城市发展论坛) it is still the verb.
 */
class HostNounCompoundIsNoHoldingTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void theHostCityOrTheRightToHostReportsNothing() {
        assertFalse(sentences.reportsHeld("每场主题论坛的议题都与举办城市的特点契合。"));
        assertFalse(sentences.reportsHeld("松本成为2027烟台松本市长论坛举办城市。"));
        assertFalse(sentences.reportsHeld("襄阳获得了松本城市发展论坛的举办权。"));
        assertFalse(sentences.reportsHeld("除大会举办地松本外,烟台也获得表彰。"));
    }

    @Test
    void theVerbWithAForumAfterItStillReports() {
        assertTrue(sentences.reportsHeld("松本昨日举办城市发展论坛。"));
        assertTrue(sentences.reportsHeld("襄阳昨日举办地方合作论坛。"));
    }
}

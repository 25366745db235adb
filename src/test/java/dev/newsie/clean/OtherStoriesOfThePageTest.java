package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * 本版其他新闻 and a like counter ((5821)人喜欢) open the list of other stories after an article; 合作伙伴 某新闻网 is
 * the site's footer (made-up lines).
 */
class OtherStoriesOfThePageTest {
    private static final LineClassifier RULES = LineClassifier.load();

    @Test
    void headingsAndPartnerRowsEndTheArticle() {
        assertEquals(LineKind.END, RULES.classify("本版其他新闻:"));
        assertEquals(LineKind.END, RULES.classify("合作伙伴 青河新闻网"));
        assertEquals(LineKind.END, RULES.classify("(5821)人喜欢2025-03-02"));
    }

    @Test
    void aSentenceAboutPartnersStays() {
        assertNotEquals(LineKind.END, RULES.classify("合作伙伴 白州与青河两市将在港口物流领域开展更深层次的务实合作。"));
    }
}

package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A short heading ending in 推荐 or 排行 opens the list of other stories after an article (made-up lines). */
class RecommendationHeadingsTest {
    private static final LineClassifier RULES = LineClassifier.load();

    @Test
    void headingsEndTheArticle() {
        assertEquals(LineKind.END, RULES.classify("热图推荐"));
        assertEquals(LineKind.END, RULES.classify("本周排行:"));
    }

    @Test
    void aSentenceAboutRecommendingStays() {
        assertNotEquals(LineKind.END, RULES.classify("白州市向友城推荐了三个合作项目。"));
    }
}

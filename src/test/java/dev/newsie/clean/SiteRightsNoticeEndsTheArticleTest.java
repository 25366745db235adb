package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A site's rights notice under the article (scope, owner, ban), with the site's own name inside each clause, ends the
 * article like the other disclaimers (made-up lines).
 */
class SiteRightsNoticeEndsTheArticleTest {
    private final LineClassifier classifier = LineClassifier.load();

    private void assertEnds(String... lines) {
        for (String line : lines) {
            assertEquals(LineKind.END, classifier.classify(line), line);
        }
    }

    @Test
    void theScopeClauseOfANoticeEndsTheArticle() {
        assertEnds("凡标明出处为“青河在线”的全部稿件及图片,转载时请注明出处。",
                "·凡署名本台记者的一切视频、文字作品,均受法律保护。");
    }

    @Test
    void theOwnerClauseEndsTheArticleWhateverTheOwner() {
        assertEnds("本页图文版权皆归白州晨报社所有,欢迎分享。", "文中图片版权属于原摄影者所有,如需使用请联系。");
    }

    @Test
    void theBanWithTheSitesNameBetweenItsWordsEndsTheArticle() {
        assertEnds("未经青河传媒集团许可,任何单位不得复制或镜像本站内容。", "未經本台同意禁止轉貼。");
    }

    @Test
    void aSentenceOfTheArticleAboutRightsDoesNotEndIt() {
        assertNotEquals(LineKind.END, classifier.classify("两市签署备忘录,约定在版权保护、文化产业等领域加强合作,互派代表团学习。"));
        assertNotEquals(LineKind.END, classifier.classify("双方同意,未来三年内互派青年代表团,深化友城交流。"));
    }
}

package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** On a page with pinyin interleaved, the line rules read each line without it (made-up lines). */
class AnnotatedLinesAreSortedWithoutTheirPinyinTest {
    private static final LineClassifier RULES = LineClassifier.load();

    @Test
    void annotatedButtonsAreJunk() {
        assertEquals(LineKind.JUNK, RULES.classify("【關(guān)閉窗口】【打印本頁(yè)】"));
    }

    @Test
    void annotatedBreadcrumbIsJunk() {
        assertEquals(LineKind.JUNK, RULES.classify("您當(dāng)前所在位置: 首頁 > 國際交流 > 友城動(dòng)態(tài)"));
    }

    @Test
    void annotatedProseStaysProse() {
        assertEquals(LineKind.PROSE, RULES.classify("白州國際友城大會(huì)今天在白州開(kāi)幕,來自12個(gè)國家的代表參會(huì)。"));
    }
}

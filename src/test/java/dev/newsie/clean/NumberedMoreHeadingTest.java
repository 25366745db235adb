package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A numbered list of other stories headed by 1. 更多, and a browser-not-supported notice (made-up lines). */
class NumberedMoreHeadingTest {
    private static final LineClassifier RULES = LineClassifier.load();

    @Test
    void aNumberedMoreEndsTheArticle() {
        assertEquals(LineKind.END, RULES.classify("1. 更多"));
        assertEquals(LineKind.END, RULES.classify("2、更多：>>"));
    }

    @Test
    void aNumberedSentenceAboutMoreStays() {
        assertNotEquals(LineKind.END, RULES.classify("1. 更多烟台企业将赴松本参展。"));
    }

    @Test
    void theBrowserNotSupportedNoticeIsJunk() {
        assertEquals(LineKind.JUNK, RULES.classify("對不起,本站並不支援閣下使用的瀏覽器"));
        assertEquals(LineKind.JUNK, RULES.classify("抱歉，我们不支持您正在使用的浏览器"));
    }

    @Test
    void aSentenceAboutBrowsersStays() {
        assertNotEquals(LineKind.JUNK, RULES.classify("烟台市民多使用手机浏览器阅读新闻,市政府网站也不支持旧版本,将于明年更新改版。"));
    }
}

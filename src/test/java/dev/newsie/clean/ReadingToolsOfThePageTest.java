package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A page's reading tools (back to top, print and share, file tools, scan to read on a phone) are junk (made-up lines). */
class ReadingToolsOfThePageTest {
    private final LineClassifier classifier = LineClassifier.load();

    private void assertJunk(String... lines) {
        for (String line : lines) {
            assertEquals(LineKind.JUNK, classifier.classify(line), line);
        }
    }

    @Test
    void backToTheTopInAnyWordingIsJunk() {
        assertJunk("回顶部 ▲", "[返回页首]", "Back to top ↑");
    }

    @Test
    void printingThePageWithItsShareButtonsIsJunk() {
        assertJunk("打印本页 | 关闭窗口", "打印文章   收藏  分享至:");
    }

    @Test
    void aRowOfFileToolsIsJunk() {
        assertJunk("Email | PDF | Print", "打印 | 收藏 | 分享");
    }

    @Test
    void thePromptToReadTheArticleOnAPhoneIsJunk() {
        assertJunk("扫二维码 在手机上浏览全文", "用手机扫码查看本页");
    }

    @Test
    void aSentenceAboutPrintingOrScanningIsNoTool() {
        assertNotEquals(LineKind.JUNK, classifier.classify("两市代表在青河市会展中心参观了打印技术展,并扫描二维码了解项目详情。"));
        assertNotEquals(LineKind.JUNK, classifier.classify("登上白州塔顶部"));
    }
}

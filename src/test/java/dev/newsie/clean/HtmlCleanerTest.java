package dev.newsie.clean;

import dev.newsie.TestPages;
import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlCleanerTest {
    private final HtmlCleaner cleaner = new HtmlCleaner(LineClassifier.load());

    private Article clean(String html) {
        return cleaner.clean(DecodedPage.ofText("p", html, RawPage.Kind.HTML));
    }

    @Test
    void keepsTitleDatelineAndParagraphs() {
        Article a = clean(TestPages.newsPage("utf-8"));
        String body = a.body().text();
        assertEquals("杭州与波尔图结为友好城市", a.title());
        assertTrue(body.startsWith("杭州与波尔图结为友好城市\n\n2024-03-05 10:20"), body);
        assertTrue(body.contains(TestPages.ARTICLE_P1));
        assertTrue(body.contains(TestPages.ARTICLE_P2));
        assertTrue(body.endsWith(TestPages.ARTICLE_P3), body);
        assertEquals("2024-03-05", a.published());
    }

    @Test
    void dropsNavigationRelatedListsSidebarFooterAndScripts() {
        String body = clean(TestPages.newsPage("utf-8")).body().text();
        for (String junk : new String[]{"财经频道", "首页", "宁波与日本长冈京市", "热门推荐", "明星婚礼", "版权所有", "举报电话", "var x", "分享到"}) {
            assertFalse(body.contains(junk), junk + " kept in: " + body);
        }
    }

    @Test
    void bodyOffsetsPointIntoThePage() {
        String html = TestPages.newsPage("utf-8");
        Article a = clean(html);
        int i = a.body().text().indexOf(TestPages.ARTICLE_P2);
        int raw = a.body().rawStart(i);
        assertEquals(TestPages.ARTICLE_P2, html.substring(raw, raw + TestPages.ARTICLE_P2.length()));
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        String open = "<div>".repeat(10_000), close = "</div>".repeat(10_000);
        Article a = clean("<html><body>" + open + "<p>" + TestPages.ARTICLE_P1 + "</p>" + close + "</body></html>");
        assertTrue(a.body().text().contains(TestPages.ARTICLE_P1));
    }

    @Test
    void keepsEditorLineOutsideTheTextContainerAndSpacesBetweenInlineSpans() {
        String html = TestPages.newsPage("utf-8").replace("<div class=\"related\">",
                "<div class=\"editor\">责任编辑：王五</div><div class=\"related\">");
        String body = clean(html).body().text();
        assertTrue(body.endsWith("责任编辑：王五"), body);
        assertTrue(body.contains("2024-03-05 10:20 来源：新华社"), body);
    }

    @Test
    void dropsDisclaimerHeadingAndWhatFollowsIt() {
        String html = TestPages.newsPage("utf-8").replace("<p>分享到：</p>", "<p>特别声明</p><p>本文为机构在本平台上传并发布，仅代表该机构观点。</p>");
        assertFalse(clean(html).body().text().contains("仅代表该机构观点"));
    }

    @Test
    void insideWalksUpToTheContainerButNeverCountsTheDocumentRoot() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div id=a><section><p id=b>甲乙</p></section></div><p id=c>丙</p>");
        org.jsoup.nodes.Element a = doc.getElementById("a");
        org.jsoup.nodes.Element b = doc.getElementById("b");
        assertTrue(HtmlCleaner.inside(b, a));
        assertTrue(HtmlCleaner.inside(a, a));
        assertFalse(HtmlCleaner.inside(a, b));
        assertFalse(HtmlCleaner.inside(doc.getElementById("c"), a));
        assertTrue(HtmlCleaner.inside(b, doc.body()));
        // Element.parents() stops below the root, so no element was ever inside the document itself
        assertFalse(HtmlCleaner.inside(b, doc));
        assertTrue(HtmlCleaner.inside(doc, doc));
    }
}

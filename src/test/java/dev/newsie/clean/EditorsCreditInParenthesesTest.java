package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editors' credit in round brackets after the text is the article's last line; a CMS's editor field is not (made-up pages). */
class EditorsCreditInParenthesesTest {
    private static String body(String... lines) {
        return new TextDumpCleaner(LineClassifier.load())
                .clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    private static final String HEADLINE = "柳港北见两地正式缔约";
    private static final String LEAD = "北见町访问团16日抵达柳港,双方签下了为期五年的交流备忘录。(记者 郑可欣)";

    @Test
    void theBracketedCreditIsKeptAndClosesTheArticle() {
        String body = body(HEADLINE, LEAD, "(责编:宋雨桐、何嘉)", "猜你喜欢", "某县举行端午龙舟赛");
        assertTrue(body.endsWith("(责编:宋雨桐、何嘉)"), body);
        assertTrue(body(HEADLINE, LEAD, "(文字编辑:何嘉 视频编辑:宋雨桐)").endsWith("视频编辑:宋雨桐)"));
    }

    @Test
    void aBareOrSquareBracketedEditorFieldStillGoes() {
        assertFalse(body(HEADLINE, LEAD, "责任编辑:周一川").contains("周一川"));
        assertFalse(body(HEADLINE, LEAD, "【责任编辑:周一川】").contains("周一川"));
    }
}

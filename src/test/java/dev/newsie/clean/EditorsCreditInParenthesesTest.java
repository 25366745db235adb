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

    private static final String HEADLINE = "白河县与松川町缔结友好城市";
    private static final String LEAD = "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。(记者 林小川)";

    @Test
    void theBracketedCreditIsKeptAndClosesTheArticle() {
        String body = body(HEADLINE, LEAD, "(责编:周一川、吴小河)", "热门推荐", "某地举办春季花卉展");
        assertTrue(body.endsWith("(责编:周一川、吴小河)"), body);
        assertTrue(body(HEADLINE, LEAD, "(视频编辑:周一川 文字编辑:吴小河)").endsWith("文字编辑:吴小河)"));
    }

    @Test
    void aBareOrSquareBracketedEditorFieldStillGoes() {
        assertFalse(body(HEADLINE, LEAD, "责任编辑:周一川").contains("周一川"));
        assertFalse(body(HEADLINE, LEAD, "【责任编辑:周一川】").contains("周一川"));
    }
}

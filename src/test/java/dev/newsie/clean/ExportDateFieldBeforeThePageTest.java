package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export's "date" field before a page's first line dates the page and is no text of it (made-up pages). */
class ExportDateFieldBeforeThePageTest {
    private static Article clean(String... lines) {
        return new TextDumpCleaner(LineClassifier.load())
                .clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT));
    }

    @Test
    void theFieldIsCutAndStillDatesThePage() {
        Article a = clean(" date 2031-03-02 ▲白河縣長與松川町長合影。",
                "白河縣與松川町2日結為姊妹市,兩地代表出席,互贈禮物,合影留念。");
        assertFalse(a.body().text().contains("date"), a.body().text());
        assertTrue(a.body().text().startsWith("▲白河縣長"), a.body().text());
        assertEquals("2031-03-02", a.published());
    }

    @Test
    void aBracketedBylineAfterTheFieldIsKept() {
        Article a = clean(" date 2031-03 【青川台 林小川報導】", "",
                "白河縣與松川町週二結為姊妹市,兩地代表出席,互贈禮物,合影留念。");
        assertTrue(a.body().text().startsWith("【青川台 林小川報導】"), a.body().text());
    }

    @Test
    void onlyThePagesFirstLineCarriesTheField() {
        Article a = clean("白河縣與松川町結為姊妹市",
                "白河縣與松川町2日結為姊妹市,兩地代表出席,互贈禮物,合影留念。",
                "date 2031-03-02 is, the mayor said, a day both towns will remember.");
        assertTrue(a.body().text().contains("date 2031-03-02 is"), a.body().text());
    }
}

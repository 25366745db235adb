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
        Article a = clean(" date 2029-11-17 ▲東岸郡長在簽約儀式上致詞。",
                "北見町訪問團17日抵達東岸郡,雙方簽下了為期五年的姊妹市協定。");
        assertFalse(a.body().text().contains("date"), a.body().text());
        assertTrue(a.body().text().startsWith("▲東岸郡長"), a.body().text());
        assertEquals("2029-11-17", a.published());
    }

    @Test
    void aBracketedBylineAfterTheFieldIsKept() {
        Article a = clean(" date 2029-11 【柳港台 鄭可欣報導】", "",
                "北見町訪問團週五抵達東岸郡,雙方簽下了為期五年的姊妹市協定。");
        assertTrue(a.body().text().startsWith("【柳港台 鄭可欣報導】"), a.body().text());
    }

    @Test
    void aFieldWithoutItsDayDatesThePageToTheMonth() {
        Article a = clean(" date 2029-11 【柳港台 鄭可欣報導】", "",
                "北見町訪問團週五抵達東岸郡,雙方簽下了為期五年的姊妹市協定。");
        assertEquals("2029-11", a.published());
        assertEquals(null, clean(" date 2029-13 【柳港台 鄭可欣報導】", "",
                "北見町訪問團週五抵達東岸郡,雙方簽下了為期五年的姊妹市協定。").published());
    }

    @Test
    void onlyThePagesFirstLineCarriesTheField() {
        Article a = clean("白河縣與松川町結為姊妹市",
                "白河縣與松川町2日結為姊妹市,兩地代表出席,互贈禮物,合影留念。",
                "date 2031-03-02 is, the mayor said, a day both towns will remember.");
        assertTrue(a.body().text().contains("date 2031-03-02 is"), a.body().text());
    }
}

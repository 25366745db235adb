package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A byline in brackets above the article names an outlet and a reporter; a section label in brackets does not (made-up pages). */
class BracketedBylineAboveTheArticleTest {
    private static String body(String... lines) {
        return new TextDumpCleaner(LineClassifier.load())
                .clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    @Test
    void anOutletAndAReporterInBracketsAreKept() {
        String body = body("白河县与松川町缔结友好城市", "【青川台 林小川報導】",
                "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
        assertTrue(body.contains("【青川台 林小川報導】"), body);
    }

    @Test
    void aSectionLabelInBracketsIsNot() {
        for (String label : new String[]{"【相关报道】", "【深度报道】", "【专题报道】"}) {
            String body = body(label, "白河县与松川町缔结友好城市", "2031-03-02 08:15  青川日报",
                    "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
            assertFalse(body.contains(label), body);
        }
    }
}

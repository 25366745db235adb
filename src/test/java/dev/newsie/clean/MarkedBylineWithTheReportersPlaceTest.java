package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outlet, a bar or a dash, the reporter and a slashed place (某某新闻─某某/某地) under the dateline is the article's
 * byline and kept; a desk's line of the same outline ends in no outlet's head (made-up pages).
 */
class MarkedBylineWithTheReportersPlaceTest {
    private static String body(String... lines) {
        return new TextDumpCleaner(LineClassifier.load())
                .clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    private static final String LEAD = "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念,并就教育交流达成共识。";

    @Test
    void anOutletThenItsReporterAndPlaceAreKept() {
        for (String byline : new String[]{"海峡新闻-李小华/白河", "島嶼新聞─林志明/屏東", "星光新闻|记者王大明/白河", "云端日报—陈志强/松川"}) {
            String body = body("白河县与松川町缔结友好城市", "2031-03-02", byline, LEAD);
            assertTrue(body.contains(byline), body);
        }
    }

    @Test
    void aDesksLineIsNot() {
        String body = body("白河县与松川町缔结友好城市", "2031-03-02", "地方中心─白河/松川", LEAD);
        assertFalse(body.contains("地方中心"), body);
    }
}

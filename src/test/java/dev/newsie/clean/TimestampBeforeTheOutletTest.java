package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story's time, then the outlet that printed it, is the article's dateline (made-up pages). */
class TimestampBeforeTheOutletTest {
    private static String body(String... lines) {
        return new TextDumpCleaner(LineClassifier.load())
                .clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    @Test
    void anOutletAfterTheTimeIsKept() {
        String body = body("白河县与松川町缔结友好城市", "2031-03-02 08:15  青川日报",
                "(记者 林小川)3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
        assertTrue(body.contains("2031-03-02 08:15  青川日报"), body);
    }

    @Test
    void anOutletAfterTheDateAndABarIsKept() {
        String body = body("2031-03-02 | 青川好新闻", "白河县与松川町缔结友好城市",
                "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
        assertTrue(body.contains("青川好新闻"), body);
    }

    @Test
    void anotherStoryAfterItsDateIsNot() {
        String body = body("白河县与松川町缔结友好城市", "2031-02-27 白河县举办春季花卉博览会开幕",
                "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
        assertFalse(body.contains("花卉"), body);
    }

    @Test
    void aReportsTitleAfterItsDateIsNoOutlet() {
        String body = body("白河县与松川町缔结友好城市", "2031-02-27 白河县外办工作简报",
                "3月1日,白河县与松川町结好,两地代表出席,互赠礼物,合影留念。");
        assertFalse(body.contains("简报"), body);
    }
}

package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A photographer's credit line between the dateline and the first paragraph is kept (made-up page). */
class PhotoCreditAboveTheArticleTest {
    @Test
    void thePhotographersCreditIsKept() {
        String page = String.join("\n",
                "某省频道 > 要闻",
                "青河市12位外籍人士获授“荣誉市民”称号",
                "2020-10-09 10:12:40 来源:青河日报",
                "王晓东 摄",
                "10月8日,青河市人民政府在青河会议中心举行颁证仪式,为来自日本、德国等国的12位外籍人士颁发“青河市荣誉市民”证书。");
        String body = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT)).body().text();
        assertTrue(body.contains("王晓东 摄"), body);
    }
}

package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A timestamp printed below the headline and its photo captions still dates the page (made-up page). */
class TimestampBelowCaptionsTest {
    @Test
    void aTimestampAfterTheCaptionsDatesThePage() {
        String page = String.join("\n",
                "限制級",
                "",
                "竹北市與日本滑川市視訊締盟 市長:疫情擋不住友誼",
                "",
                "竹北市長林佩蓉(右)在視訊中展示與滑川市締結姊妹市的盟約。(記者黃子軒攝)",
                "",
                "竹北市長林佩蓉(右)在視訊中展示與滑川市締結姊妹市的盟約。(記者黃子軒攝)",
                "",
                "2021/03/17 10:05",
                "",
                "〔記者黃子軒/新竹報導〕竹北市公所今日透過視訊與日本滑川市締結為姊妹市,雙方約定疫情趨緩後互訪,推動觀光與教育交流。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2021-03-17", a.published());
    }
}

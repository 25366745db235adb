package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template's copy of the headline cut short with an ellipsis, above the full headline, is junk (made-up page). */
class CutShortHeadlineCopyTest {
    @Test
    void theCutCopyGoesAndTheFullHeadlineStays() {
        String page = String.join("\n",
                "首页",
                "协会新闻",
                "第二届青河白州民间友好交流大会在白州隆...",
                "第二届青河白州民间友好交流大会在白州隆重举行",
                "时间:2017-09-12",
                "9月10日至11日,第二届青河白州民间友好交流大会在白州市举行,两市友好团体代表共计60人出席。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertFalse(a.body().text().contains("隆..."), a.body().text());
        assertTrue(a.body().text().contains("在白州隆重举行"), a.body().text());
        assertEquals("第二届青河白州民间友好交流大会在白州隆重举行", a.title());
    }
}

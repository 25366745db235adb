package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A release service's stamp (eight digits, then the clock) dates the page (made-up lines and page). */
class CompactStampOfAReleaseServiceTest {
    @Test
    void eightDigitsBeforeAClockAreTheDate() {
        assertEquals("2023-05-09", MetadataExtractor.findDate(List.of("(某某通讯社讯息服务20230509 10:21:07)")));
        assertNull(MetadataExtractor.findDate(List.of("订单编号20230509,共3件")));
    }

    @Test
    void aPageStampedThatWayResolvesItsThisYear() {
        String page = String.join("\n",
                "白河乡与松川町缔结友好交流协定",
                "(某某通讯社讯息服务20230509 10:21:07)",
                "松川町町长一行于本年5月9日来访,并与白河乡签署友好交流协定,双方代表互赠纪念品。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2023-05-09", a.published());
    }
}

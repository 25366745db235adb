package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A day-first dotted timestamp (dd.mm.yyyy hh:mm) under a headline dates the page (made-up lines and page). */
class DayFirstDottedTimestampTest {
    @Test
    void aDottedDayFirstLineIsThatDate() {
        assertEquals("2016-10-21", MetadataExtractor.findDate(List.of("21.10.2016 18:05")));
        assertEquals("2019-02-03", MetadataExtractor.findDate(List.of("03.02.2019")));
        assertNull(MetadataExtractor.findDate(List.of("票价12.50.2019元")));
    }

    @Test
    void aPageDatedThatWayResolvesItsToday() {
        String page = String.join("\n",
                "青河举办友城青年交流周 五国青年代表参加",
                "05.11.2018 21:40",
                "今天上午,来自五个友好城市的青年代表在青河市图书馆参加了交流周的开幕活动。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2018-11-05", a.published());
    }
}

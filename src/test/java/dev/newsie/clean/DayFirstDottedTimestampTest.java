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
                "青河首届国际友城市长会议召开 青河已与12个城市结好",
                "05.11.2018 21:40",
                "本文来源: 青河新闻网",
                "今天下午,青河首届国际友城市长会议召开,青河市代表团与八个国际友城代表团共同探讨友城的未来发展方向。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2018-11-05", a.published());
    }
}

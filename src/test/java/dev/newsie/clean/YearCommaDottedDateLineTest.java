package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A date line written year, comma, month and day after dots (2021, 4. 9) dates the page; the same layout followed by
 * AM/PM and a clock is a masthead clock and dates nothing (made-up lines and page).
 */
class YearCommaDottedDateLineTest {
    @Test
    void aYearCommaDottedLineIsThatDate() {
        assertEquals("2021-04-09", MetadataExtractor.findDate(List.of("  2021, 4. 9  Edit this Page")));
        assertEquals("2019-12-03", MetadataExtractor.findDate(List.of("2019, 12. 3")));
    }

    @Test
    void aMastheadClockIsNoDate() {
        assertNull(MetadataExtractor.findDate(List.of("  DAILY NEWS 2024, 9. 20 AM 08:50 Friday  台北")));
        assertNull(MetadataExtractor.findDate(List.of("2024, 9. 20 PM 14:33 Thursday")));
        assertNull(MetadataExtractor.findDate(List.of("2024, 9. 20 08:50")));
    }

    @Test
    void thePageTakesTheArticleLineNotTheMasthead() {
        String page = String.join("\n",
                "某某新聞網",
                "  DAILY NEWS 2024, 9. 20 AM 08:50 Friday  臺灣‧台北",
                "首頁 地方 國際 生活 登入",
                "",
                "  2022, 5. 16  Edit this Page",
                "",
                "松本市長率團訪問襄陽 兩市簽署友好交流協議",
                "",
                "【記者王某/台北報導】松本市長率團前往襄陽訪問,昨日與襄陽市長共同簽署友好交流協議,雙方將擴大教育與觀光交流。");
        Article a = new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", page, RawPage.Kind.TEXT));
        assertEquals("2022-05-16", a.published());
    }
}

package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbered rows of a table (1 | 甲市 | 乙市 | 1995.08.22 |) that end a page are the article's own list, kept like
 * numbered entries (1.甲市); an unnumbered run of short headlines at the end is still the page's (made-up page).
 */
class NumberedTableRowsEndingThePageTest {
    private final TextDumpCleaner cleaner = new TextDumpCleaner(LineClassifier.load());

    private String body(String... lines) {
        return cleaner.clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    @Test
    void numberedRowsOfATableAtThePagesEndStay() {
        String b = body("两国友好城市一览",
                "两国城市间建立友好城市关系,可以促进两国城市人民之间的了解和友谊,推动城市经济社会的繁荣与发展。",
                "序号 | 中方城市 | 外方城市 | 结好时间 |",
                "1 | 烟台市 | 群山市 | 1995.08.22 |",
                "2 | 襄阳市 | 松本市 | 2003.5.3 |",
                "3 | 威海市 | 丽水郡 | 2011 |",
                "4 | 烟台市 |");
        assertTrue(b.contains("烟台市 | 群山市"), b);
        assertTrue(b.contains("威海市 | 丽水郡"), b);
    }

    @Test
    void unnumberedHeadlinesAtThePagesEndStillGo() {
        String b = body("两国友好城市一览",
                "两国城市间建立友好城市关系,可以促进两国城市人民之间的了解和友谊,推动城市经济社会的繁荣与发展。",
                "青河举办樱花节 游客如织",
                "白州港口吞吐量创新高",
                "市民文化节下周开幕",
                "新建公园向市民开放");
        assertFalse(b.contains("白州港口"), b);
    }
}

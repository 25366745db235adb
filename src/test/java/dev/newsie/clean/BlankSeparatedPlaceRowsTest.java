package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row of a table of pairs whose cells are places set apart by blanks, then a date (甲市 乙省丙市 1981.6.13), is the
 * article's table, not another story's headline with its date; a headline with a date still goes (made-up page).
 */
class BlankSeparatedPlaceRowsTest {
    private final TextDumpCleaner cleaner = new TextDumpCleaner(LineClassifier.load());

    private String body(String... lines) {
        return cleaner.clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT)).body().text();
    }

    @Test
    void rowsOfPlaceCellsAndADateStay() {
        String b = body("两地友好城市一览",
                "两地城市间建立友好城市关系以来,双方在经贸、文化、教育等领域开展了广泛的交流与合作,成果丰硕。",
                "松本市 山东省烟台市 1981.6.13",
                "仙台町 湖北省襄阳市 1992.9.10",
                "两地还将在青少年交流方面继续深化合作,推动友好关系不断发展。");
        assertTrue(b.contains("松本市 山东省烟台市"), b);
        assertTrue(b.contains("仙台町 湖北省襄阳市"), b);
    }

    @Test
    void aHeadlineWithItsDateStillGoes() {
        String b = body("两地友好城市一览",
                "两地城市间建立友好城市关系以来,双方在经贸、文化、教育等领域开展了广泛的交流与合作,成果丰硕。",
                "两地还将在青少年交流方面继续深化合作,推动友好关系不断发展。",
                "青河举办樱花节游客如织 2021-04-03",
                "白州港口吞吐量创新高 2021-04-02");
        assertFalse(b.contains("白州港口"), b);
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows of an overview table of pairs (PAIR_TABLE_ROW, TableRowDate) in made-up pages: both sides are in the row, the
 * district of a chain is the side, and the date is read at the precision its cell writes it, dots included.
 */
class PairTableRowsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2021-05-10"));
    }

    @Test
    void eachRowOfATableOfPairsIsARelationSinceItsDate() {
        Set<String> r = relations("中日友好城市一览\n"
                + "序号 | 中方城市 | 日方城市 | 结好时间 |\n"
                + "1 | 烟台市 | 松本市 | 1995.08.22 |\n"
                + "2 | 襄阳市 | 仙台市 | 2003.5.3 |\n"
                + "3 | 上海市嘉定区 | 八尾市 | 1999 |\n");
        assertTrue(r.containsAll(Set.of("松本-烟台@1995-08-22", "仙台-襄阳@2003-05-03", "八尾-嘉定@1999")), r.toString());
    }

    @Test
    void aTableOfPairsOnAPageThatNeverNamesTheStandingStatesNoTwinning() {
        Set<String> r = relations("两国经贸洽谈会日程\n"
                + "1 | 烟台市 | 松本市 | 1995.08.22 |\n");
        assertFalse(r.stream().anyMatch(k -> k.contains("松本")), r.toString());
    }
}

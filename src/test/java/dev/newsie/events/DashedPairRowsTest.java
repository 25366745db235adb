package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An overview table of pairs flattened to a list (PAIR_TABLE_ROW with dashes for cell borders) in made-up pages:
 * each bulleted line "甲 – 乙 – 年" is a relation since its year, a hyphen inside a name is no border, and the rows
 * state nothing on a page that never names the standing.
 */
class DashedPairRowsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2021-05-10"));
    }

    @Test
    void eachDashedLineOfAListOfPairsIsARelationSinceItsYear() {
        Set<String> r = relations("两国友好省州和友好城市一览\n"
                + "以下是两国各地结好的时间:\n"
                + "- 山东省 – 巴登-符腾堡州 – 1986\n"
                + "- 烟台市 – 松本市 – 1995\n"
                + "2. 襄阳市 — 仙台市 — 2003年\n");
        assertTrue(r.containsAll(Set.of("山东-巴登-符腾堡@1986", "松本-烟台@1995", "仙台-襄阳@2003")), r.toString());
    }

    @Test
    void dashedLinesOnAPageThatNeverNamesTheStandingStateNoTwinning() {
        Set<String> r = relations("两国经贸洽谈会航线一览\n"
                + "- 烟台市 – 松本市 – 1995\n");
        assertFalse(r.stream().anyMatch(k -> k.contains("松本")), r.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows of a data table of a place's sister cities (TABLE_ROW, TwinningTablePage), in made-up pages: each row's place
 * is a partner of the home place named above the table, since the row's date.
 */
class TwinningTablePageTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2021-05-10"));
    }

    @Test
    void eachRowOfATableOfSisterCitiesIsAPartnerOfThePlaceNamedAboveIt() {
        Set<String> r = relations("衡水市国际友好城市一览\n"
                + "1 | 仙台市 Sendai | 日本 | 亚洲 | 1991年4月12日 | 100 | 786 |\n"
                + "2 | 波特兰市 Portland | 美国 | 北美 | 2003年10月8日 | 65 | 375 |\n");
        assertTrue(r.containsAll(Set.of("仙台-衡水@1991-04-12", "波特兰-衡水@2003-10-08")), r.toString());
    }

    @Test
    void aDatedTableOnAPageThatNeverNamesTheStandingStatesNoTwinning() {
        Set<String> r = relations("衡水市重点招商活动安排\n"
                + "1 | 仙台市 Sendai | 日本 | 亚洲 | 1991年4月12日 | 100 | 786 |\n");
        assertFalse(r.stream().anyMatch(k -> k.contains("仙台")), r.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two places set side by side with the enumeration comma as the subject of a verb of twinning (round 62), in made-up
 * sentences: the verb is reciprocal, so the two are its two sides (甲、乙缔盟 in a headline, 甲市、乙市结为友好城市,
 * 为纪念甲、乙结好N周年); a third item or a 与 before them, or a planning word before the verb, states no such pair
 * (each such case is asserted beside a pair the rule reads, so that every test fails without it).
 */
class TwoPlacesSetSideBySideAsTwinnedTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-06-30"));
    }

    @Test
    void aHeadlinePairBeforeTheSingleVerbOfTwinning() {
        Set<String> r = relations("洛阳、大邱缔盟 共绘交流蓝图\n\n双方代表出席了当天的仪式。");
        assertTrue(r.contains("大邱-洛阳@null"), r.toString());
    }

    @Test
    void aPairBeforeTheStandingItBecame() {
        Set<String> r = relations("据报道,襄阳市、日本松本市再度结为姊妹城市,双方约定互派学生。");
        assertTrue(r.contains("松本-襄阳@null"), r.toString());
    }

    @Test
    void theYearsCountedAfterSuchAPairDateIt() {
        Set<String> r = relations("为纪念襄阳、日本松本市结成友好城市10周年,两地联合举办了书画展。");
        assertTrue(r.contains("松本-襄阳@2010"), r.toString());
    }

    @Test
    void aPlanningWordBeforeTheVerbStatesNoPair() {
        Set<String> r = relations("洛阳、大邱缔盟。烟台市、韩国仁川市将缔结友好城市,目前正在筹备。");
        assertTrue(r.contains("大邱-洛阳@null"), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("仁川")), r.toString());
    }

    @Test
    void twoPartnersListedAfterYuAreNoPairOfEachOther() {
        Set<String> r = relations("洛阳、大邱缔盟。烟台市已与日本松本市、韩国仁川市结为友好城市。");
        assertTrue(r.contains("大邱-洛阳@null"), r.toString());
        assertFalse(r.contains("仁川-松本@null"), r.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places coordinated before 是/为 share the predicate (round 35 of issue 9), in made-up sentences: 乙和丙为甲的友好城市
 * makes both partners of 甲, with no 都/均 between the list and 为.
 */
class CoordinatedSubjectsOfAStandingTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-06-30"));
    }

    @Test
    void twoPlacesJoinedByHeBeforeWei() {
        Set<String> r = relations("日本松本市代表团昨日抵达烟台。烟台和襄阳为日本松本市的友好城市,两地代表出席了活动。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "松本-襄阳@null")), r.toString());
    }

    @Test
    void aListSetOffByTheEnumerationCommaBeforeShi() {
        Set<String> r = relations("据介绍,烟台、襄阳、洛阳是日本松本市的友好城市。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "松本-襄阳@null", "松本-洛阳@null")), r.toString());
    }

    @Test
    void aPairStatedWithoutAThirdPlaceIsNoList() {
        Set<String> r = relations("烟台与松本是友好城市。");
        assertFalse(r.stream().anyMatch(k -> k.contains("@") && k.split("@")[0].split("-").length > 2), r.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sister-city relations told in the background of a visit (round 31 of issue 9), in made-up sentences: a list of
 * pairs whose predicate comes after a short subject of its own, the standing put before a visited partner, a pair
 * that "is" sister cities through a relative clause, and a clause without subject counting the years since.
 */
class TwinningsToldInPassingShapesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2015-12-30"));
    }

    @Test
    void pairsListedBeforeASubjectOfTheirOwnAreEachARelation() {
        Set<String> r = relations("烟台市与松本市、襄阳市与奥克兰市等,这几对城市都已结为友好城市。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "奥克兰-襄阳@null")), r.toString());
    }

    @Test
    void aPartnerVisitedUnderItsStandingIsTheHomeCitysSisterCity() {
        Set<String> r = relations("上周,襄阳市市长一行在访美途中拜访了姐妹城市——美国的波特兰市。");
        assertTrue(r.contains("波特兰-襄阳@null"), r.toString());
    }

    @Test
    void aPairThatIsSisterCitiesThroughARelativeClause() {
        Set<String> r = relations("据介绍,襄阳市与波特兰市是结好多年的姐妹城市。");
        assertTrue(r.contains("波特兰-襄阳@null"), r.toString());
    }

    @Test
    void aClauseWithoutSubjectCountingTheYearsDatesTheTwinningJustTold() {
        Set<String> r = relations("市长说,美国波特兰市是襄阳的第一个友好城市,结好35周年来合作成果丰硕。");
        assertTrue(r.contains("波特兰-襄阳@1980"), r.toString());
    }

    @Test
    void theVisitorIsTheHomeCityNamedLastNotTheReportersCity() {
        Set<String> r = relations("【记者王明/烟台报导】襄阳市长11日出访美国,首站前往俄勒冈州拜会姊妹市波特兰市长。");
        assertTrue(r.contains("波特兰-襄阳@null"), r.toString());
    }
}

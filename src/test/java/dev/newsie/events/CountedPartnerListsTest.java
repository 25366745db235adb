package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place's partners listed with a count of them (round 12 of issue 9), in made-up sentences: the count before the list,
 * after a visit, or as the number of pairs after 等N个国家的.
 */
class CountedPartnerListsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void aCountOfPartnersBeforeTheirList() {
        Set<String> r = relations("邢台市目前有友好城市9个,包括美国斯波坎市、日本高山市。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }

    @Test
    void partnersCountedAfterAVisit() {
        Set<String> r = relations("邢台市副市长率团访问了美国斯波坎市、日本高山市两个友好城市。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }

    @Test
    void partnersListedBeforeTheNumberOfPairs() {
        Set<String> r = relations("邢台自1985年开展友城工作以来,截至目前,已与美国斯波坎市、日本高山市等9个国家的省州市建立了12对友好城市关系。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }

    @Test
    void aCountInOneRegionBeforeTheList() {
        Set<String> r = relations("邢台市在美国华盛顿州有2个友好城市斯波坎市及西雅图市。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "西雅图-邢台@null")), r.toString());
    }

    @Test
    void pairsAddedAtAConferenceWithNo等() {
        Set<String> r = relations("大会期间,新增邢台市与斯波坎市、保定市与高山市2对友好城市。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "保定-高山@null")), r.toString());
    }
}

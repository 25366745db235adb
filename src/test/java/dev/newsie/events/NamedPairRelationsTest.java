package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sister cities stated of a named pair in the genre's other word orders (round 11 of issue 9); made-up sentences. */
class NamedPairRelationsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2025-06-10"));
    }

    @Test
    void twoPlacesSummedUpAs两市AfterAnEnumerationComma() {
        assertTrue(relations("济宁、台中两市于1995年结为友好城市,交往不断。").contains("台中-济宁@1995"));
        assertTrue(relations("济宁和台中两市是友好城市,交往不断。").contains("台中-济宁@null"));
    }

    @Test
    void theRelationNamedAsANounPhrase() {
        Set<String> r = relations("为巩固济宁市与日本横滨市友好城市关系,双方商定加强合作。");
        assertTrue(r.contains("横滨-济宁@null"), r.toString());
    }

    @Test
    void aRelationKeptSinceAYear() {
        Set<String> r = relations("济宁市和日本横滨市自1995年以来一直保持友好城市关系。");
        assertTrue(r.contains("横滨-济宁@1995"), r.toString());
    }

    @Test
    void theYearAndTheTwinningBeforeTheTwoPlaces() {
        Set<String> r = relations("自1995年结好以来,济宁市与日本横滨市在多个领域开展合作。");
        assertTrue(r.contains("横滨-济宁@1995"), r.toString());
    }

    @Test
    void theStandingBeforeTheVerbOfAnAnniversary() {
        Set<String> r = relations("中国济宁市与日本横滨市友好城市缔结30周年庆祝大会举行。");
        assertTrue(r.contains("横滨-济宁@1995"), r.toString());
    }
}

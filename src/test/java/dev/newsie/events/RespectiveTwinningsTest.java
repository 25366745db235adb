package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two lists paired by 分别 with an adverb before it or a dated note after each partner, and 缔结为 told without its
 * day (round 11 of issue 9); made-up sentences.
 */
class RespectiveTwinningsTest {
    @Test
    void anAdverbBefore分别StillPairsTheListsInOrder() {
        EventExtractor.Result r = run("10日,唐山市、沧州市也分别与日本横滨市、意大利米兰市签署友好城市协议书。", "2010-03-10");
        assertEquals(Set.of(Set.of("唐山", "横滨"), Set.of("沧州", "米兰")), partySets(signings(r)));
    }

    @Test
    void partnersListedWithBracketedDatesAreRelationsSinceTheirOwnDates() {
        EventExtractor.Result r = run("唐山市、沧州市分别与日本横滨市(1996年4月18日)、意大利米兰市(1998年9月2日)正式缔结为友好城市。", "2010-03-08");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        Set<String> k = relationKeys(r);
        assertTrue(k.containsAll(Set.of("唐山-横滨@1996-04-18", "沧州-米兰@1998-09-02")), k.toString());
    }

    @Test
    void concludedAsSisterCitiesWithoutItsDayIsARelation() {
        EventExtractor.Result r = run("保定市与日本横滨市正式缔结为友好城市,交往日益密切。", "2010-03-08");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).contains("保定-横滨@null"), relationKeys(r).toString());
    }
}

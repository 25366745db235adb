package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 结为友好城市 told at the ceremony the report is about: an act of that day, not a standing relation (made-up reports). */
class TwinningAtItsCeremonyTest {
    @Test
    void pairsThatBecameSisterCitiesAtTheCeremonyAreSignings() {
        String text = "2030年5月6日,友好城市大会在烟台举行。签约仪式上,烟台市与日本别府市、襄阳市与韩国光阳市分别结为友好城市。";
        List<Event> ss = signings(run(text, "2030-05-07"));
        assertEquals(Set.of(Set.of("烟台", "别府"), Set.of("襄阳", "光阳")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void aTwinningRecalledAtAnotherCeremonyOrInAnotherClauseStaysARelation() {
        EventExtractor.Result r = run("2030年5月6日,烟台市举行欢迎会。欢迎仪式上,王明回顾,烟台市与日本别府市结为友好城市。", "2030-05-07");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        r = run("2030年5月6日,烟台市举行纪念活动。在2015年的签约仪式上,烟台市与日本别府市结为友好城市。", "2030-05-07");
        assertTrue(signings(r).stream().noneMatch(e -> "2030-05-06".equals(e.date())), signings(r).toString());
    }

    @Test
    void aTwinningRecalledWithoutItsCeremonyStaysARelation() {
        EventExtractor.Result r = run("2030年5月6日,烟台市召开友城工作会议。烟台市与日本别府市结为友好城市,交流不断。", "2030-05-07");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertEquals(1, r.relations().size());
    }
}

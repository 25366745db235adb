package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 颁奖大会在印度尼西亚首都雅加达举行: the ceremony's place is told as a country, then its capital through 首都 — the
 * award is placed in the capital, not left without a place. Made-up reports (invented awards and dates).
 */
class CeremonyHeldInACapitalNamedAfterItsCountryTest {
    private static Event award(String text, String published, String name) {
        List<Event> all = run(text, published).events().stream().filter(e -> e.type() == EventType.AWARD).toList();
        return all.stream().filter(e -> name.equals(e.award())).findFirst().orElseThrow();
    }

    @Test
    void aPrizeGivingHeldInACapitalAfterItsCountryIsPlacedInTheCapital() {
        Event a = award("烟台获奖\n2031年人居奖颁奖大会3日在印度尼西亚首都雅加达举行,烟台市获得“城市人居奖”。", "2031-10-05", "城市人居奖");
        assertEquals("雅加达", a.location());
    }

    @Test
    void aFinalHeldInACapitalAfterItsCountryPlacesTheHonourWonThere() {
        Event a = award("襄阳获奖\n11月7日,花园城市竞赛总决赛在埃及首都开罗举行,襄阳市获得“花园城市金奖”。", "2031-11-08", "花园城市金奖");
        assertEquals("开罗", a.location());
    }

    @Test
    void aCountryAloneStillGivesNoPlace() {
        Event a = award("襄阳获奖\n11月7日,花园城市竞赛总决赛在埃及举行,襄阳市获得“花园城市金奖”。", "2031-11-08", "花园城市金奖");
        assertEquals(null, a.location());
    }
}

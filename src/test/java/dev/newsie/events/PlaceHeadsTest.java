package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up reports: a place's head who confers an honour gives it for the place. */
class PlaceHeadsTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-03-12"), EventType.AWARD).get(0);
    }

    @Test
    void aHeadConferringWith向GivesForThePlace() {
        Event e = award("授勋\n3月10日,日本长野县知事森川浩二在县厅向日本友人川村健司授予“长野县荣誉县民”称号。");
        assertEquals(List.of("长野"), e.giver());
    }

    @Test
    void aHeadWhoMeetsVisitorsAndThenConfersGivesForThePlace() {
        Event e = award("会见\n11日上午,绍兴市市长陈立峰会见了韩国原州市市长李东勋率领的代表团,并授予李东勋先生绍兴市“荣誉市民”称号。");
        assertEquals(List.of("绍兴"), e.giver());
    }

    @Test
    void theHonouredHeadOfAnotherPlaceIsNoGiver() {
        Event e = award("访问\n韩国原州市市长李东勋一行访问绍兴期间,被授予绍兴市“荣誉市民”称号。");
        assertEquals(false, e.giver() != null && e.giver().contains("原州"));
    }
}

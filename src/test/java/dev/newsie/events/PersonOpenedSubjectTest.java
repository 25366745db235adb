package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sentence opened by a head of a place: a later clause with its subject left out signs for that place (made-up reports). */
class PersonOpenedSubjectTest {
    @Test
    void aPlaceTheOpeningMayorVisitedIsNotTheSideThatSigns() {
        String text = "烟台市市长张明昨日出席记者会。张明表示,今年3月率团出席香港的商会年会;"
                + "今年6月也率团访问日本,并与日本别府市、松本市签署合作备忘录。";
        List<Event> ss = signings(run(text, "2022-12-01"));
        assertEquals(Set.of(Set.of("烟台", "别府"), Set.of("烟台", "松本")), partySets(ss));
    }

    @Test
    void aMayorIntroducedByABareTitleSignsForThePagesOwnCity() {
        String text = "烟台市政府召开国际事务会议。市长张明8日主持会议。张明表示,今年3月率团出席香港的商会年会;"
                + "今年6月也率团访问日本,并与日本别府市签署合作备忘录。";
        List<Event> ss = signings(run(text, "2022-12-01"));
        assertEquals(Set.of(Set.of("烟台", "别府")), partySets(ss));
    }
}

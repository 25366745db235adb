package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A place's own media listing the prizes it won in turn (继…我市获得X、…获得Y后,今年我市再度荣获X): made-up reports. */
class HomePlaceWinsInTurnTest {
    @Test
    void everyPrizeOfTheSentenceGoesToTheHomePlaceWithItsOwnClausesYear() {
        Map<String, Event> a = awards("襄阳再获殊荣\n记者从襄阳市外办获悉,继2033年、2035年我市两度获得“友城交流银奖”,"
                + "2037年获“友城合作金奖”后,今年我市再次获得“友城交流银奖”。", "2039-06-02");
        assertEquals(List.of("襄阳"), a.get("友城交流银奖").recipients());
        assertEquals("2039", a.get("友城交流银奖").date());
        assertEquals(List.of("襄阳"), a.get("友城合作金奖").recipients());
        assertEquals("2037", a.get("友城合作金奖").date());
    }

    @Test
    void partnersWinningInALaterClauseTakeTheForumsDateNotTheEarlierClausesYears() {
        Map<String, Event> a = awards("我省获奖\n2038年4月9日至11日,湖北省外办主任出席了在贵阳举办的“2038华中友好城市合作论坛”。继2034年我省获得“友城交流银奖”后,今年我省再度荣获“友城交流银奖”;"
                + "同时,我省友城日本冈山县、比利时列日市分别荣获“友城伙伴奖”。", "2038-05-03");
        assertEquals(List.of("湖北"), a.get("友城交流银奖").recipients());
        assertEquals(List.of("冈山", "列日"), a.get("友城伙伴奖").recipients());
        assertEquals("2038-04", a.get("友城伙伴奖").date()); // the forum's month, not 2034
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a call on someone (到甲市拜访) or a fact-finding trip (前往甲市调研) told in the signing's sentence is a
 * visit of that place, and the signing made on it took place there — also when the sentence first names the country
 * the trip went to.
 */
class CallOrFactFindingTripPlacesTheSigningTest {
    @Test
    void aCallOnTheMayorPlacesTheSigning() {
        String r = "襄阳与松本签署备忘录\n\n5日,襄阳市长王明到长野县松本市拜访松本市长,并与松本市签订友好交流备忘录。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2025-03-06"));
        assertTrue(ss.stream().anyMatch(e -> "松本".equals(e.location())), ss.toString());
    }

    @Test
    void aFactFindingTripPlacesTheSigning() {
        String r = "襄阳与昆山结好\n\n3月4日,襄阳市长王明带队前往昆山市调研,两市缔结友好城市并签订文旅合作协议。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2025-03-06"));
        assertTrue(!ss.isEmpty() && ss.stream().allMatch(e -> "昆山".equals(e.location())), ss.toString());
    }

    @Test
    void theCountryOfTheTripDoesNotHideTheCityVisited() {
        String r = "襄阳与松本签署备忘录\n\n襄阳市长王明率团访问日本,5日到长野县松本市拜访松本市长,并与松本市签订友好交流备忘录。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2025-03-06"));
        assertTrue(ss.stream().anyMatch(e -> "松本".equals(e.location())), ss.toString());
    }
}

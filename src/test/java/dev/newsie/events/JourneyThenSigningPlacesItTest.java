package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a journey to a place whose very next clause goes on with 与 to the signing verb (率团赴甲,与乙签署)
 * tells a signing made on arrival, so the destination is where it was signed — not the country the journey named
 * first, and not a place when only a country is the destination.
 */
class JourneyThenSigningPlacesItTest {
    @Test
    void theDestinationJustReachedIsThePlaceOfSigning() {
        String r = "烟台与松本结好\n\n烟台市长王小林15日率领代表团赴日本松本市,与松本市长李大明共同签署友好城市协定。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2024-10-16"));
        assertTrue(!ss.isEmpty() && ss.stream().allMatch(e -> "松本".equals(e.location())), ss.toString());
    }

    @Test
    void aCountryAloneIsNoPlaceOfSigning() {
        String r = "烟台与松本结好\n\n烟台市长王小林15日率领代表团赴日本,与松本市长李大明共同签署友好城市协定。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2024-10-16"));
        assertTrue(!ss.isEmpty() && ss.stream().noneMatch(e -> "日本".equals(e.location())), ss.toString());
    }
}

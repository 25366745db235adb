package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.partiesOf;
import static dev.newsie.events.MadeUpReports.theOneSigning;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports of a delegation that visits a foreign city (the verb of visiting before the place) and signs with
 * it, the city named again only as 该市: the delegation's place and the city visited signed, at the city.
 */
class VisitedPlaceNamedAgainAsThatCityTest {
    @Test
    void aDelegationSignsWithTheCityItVisitedNamedAsThatCity() {
        Event e = theOneSigning("盐城市代表团5月8日访问了荷兰埃默伦市,并与该市签订了经贸往来备忘录。", "2024-05-09");
        assertEquals(Set.of("盐城", "埃默伦"), partiesOf(e));
        assertEquals("MEMORANDUM", e.agreement());
        assertEquals("2024-05-08", e.date());
        assertEquals("埃默伦", e.location());
    }

    @Test
    void aLeaderWhoLedTheVisitSignsForHisPlaceWithThatCity() {
        Event e = theOneSigning("5月8日,盐城市市长王青率团访问荷兰埃默伦市,并与该市签订了两地结好协议书。", "2024-05-09");
        assertEquals(Set.of("盐城", "埃默伦"), partiesOf(e));
        assertEquals("埃默伦", e.location());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: a place followed by a count of bodies (乙州三所大学) is where the signers are, not a signer. */
class PlaceOfCountedBodiesIsNoSideTest {
    @Test
    void aPlaceBeforeACountOfUniversitiesIsNoParty() {
        List<Event> ss = signings(run("2031年5月9日,烟台大学与美国俄勒冈州三所大学在烟台签署合作备忘录。", "2031-05-10"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("俄勒冈")), ss.toString());
    }

    @Test
    void aPlaceBeforeACountOfCompaniesIsNoParty() {
        List<Event> ss = signings(run("2031年5月9日,烟台港务集团与松本市5家企业签订物流合作协议。", "2031-05-10"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("松本")), ss.toString());
    }

    @Test
    void aPlaceThatSignsItselfStaysAParty() {
        Event s = theOneSigning("2031年5月9日,烟台市与美国俄勒冈州签署合作备忘录。", "2031-05-10");
        assertEquals(Set.of("烟台", "俄勒冈"), partiesOf(s));
    }
}

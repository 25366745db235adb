package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: a party of guests (乙市副市长X一行) told far from a signing that no sentence places does not say where
 * the signing was made (a page-wide guess, wrong more often than right); a delegation told beside the signing still
 * places it at the host's.
 */
class AVisitToldFarFromASigningPlacesItNotTest {
    @Test
    void guestsToldFarAwayPlaceNothing() {
        String text = "2031年5月8日,烟台同襄阳签订结好协议书。今后,两市拟在港口、苹果种植方面合作。其次,拟办桃花节。"
                + "再者,拟办风筝展。另外,拟派中学生互访。当天,烟台市长会见了襄阳副市长王明一行。";
        List<Event> s = ofType(run(text, "2031-05-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertNull(s.get(0).location(), s.toString());
    }

    @Test
    void aDelegationBesideTheSigningStillPlacesIt() {
        String text = "5月8日,襄阳市代表团到访烟台。2031年5月8日,烟台同襄阳签订结好协议书。";
        List<Event> s = ofType(run(text, "2031-05-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals("烟台", s.get(0).location(), s.toString());
    }
}

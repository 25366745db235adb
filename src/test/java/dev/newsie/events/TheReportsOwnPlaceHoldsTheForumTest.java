package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A forum held at a place the report points at instead of naming it: 此间 (here, where the report was filed) and a
 * home reference (我市) before the venue. Made-up reports: invented forums, people and dates.
 */
class TheReportsOwnPlaceHoldsTheForumTest {

    @Test
    void heldHereIsTheDatelinesCityBeforeAPlaceNamedLater() {
        List<Event> fs = ofType(run("交流会举行\n新华社烟台6月2日电(记者王明)第三届海滨城市市长论坛2日晚上在此间举办。"
                + "此次赴山东交流是市长们此行的第二站。", "2031-06-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("烟台", fs.get(0).location());
    }

    @Test
    void aHomeReferenceBeforeAHotelIsNoPartOfTheVenue() {
        List<Event> fs = ofType(run("论坛召开\n本报讯 今天,2031滨海城市青年论坛在我市希尔顿大酒店举行。", "2031-06-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("希尔顿大酒店", fs.get(0).venue());
    }
}

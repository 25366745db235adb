package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hotel's name opens with its city (甲市香格里拉大酒店, 甲市君悦酒店): the venue keeps it, and a chain's brand that is
 * also a place (香格里拉) does not move the forum there (made-up reports).
 */
class AHotelsNameKeepsItsCityTest {
    private static Event only(String text) {
        List<Event> fs = ofType(run(text, "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void aHotelOfAChainKeepsItsCity() {
        Event f = only("9日，2026宁德国际友城对话会在宁德君悦酒店举行。");
        assertEquals("宁德君悦酒店", f.venue());
        assertEquals("宁德", f.location());
    }

    @Test
    void aBrandThatIsAPlaceDoesNotPlaceTheForum() {
        Event f = only("9日，2026宁德国际友城对话会在宁德香格里拉大酒店举行。");
        assertEquals("宁德香格里拉大酒店", f.venue());
        assertEquals("宁德", f.location());
    }

    @Test
    void aConventionCentreStillLosesItsCity() {
        Event f = only("9日，2026宁德国际友城对话会在宁德蕉城国际会议中心举行。");
        assertEquals("蕉城国际会议中心", f.venue());
    }
}

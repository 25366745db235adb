package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A retelling dated by a month and one dated by a day within it may tell one act; other dates tell them apart. */
class AMonthAndADayWithinItDateOneActTest {
    @Test
    void aMonthAndADayOfItAreOneTime() {
        assertTrue(RetoldSignings.sameDayOrMonth("2031-04", "2031-04-17"));
        assertTrue(RetoldSignings.sameDayOrMonth("2031-04-17", "2031-04"));
        assertTrue(RetoldSignings.sameDayOrMonth("2031-04-17", "2031-04-17"));
    }

    @Test
    void anotherMonthOrAnotherDayOrAYearTellApart() {
        assertFalse(RetoldSignings.sameDayOrMonth("2031-05", "2031-04-17"));
        assertFalse(RetoldSignings.sameDayOrMonth("2031-04-16", "2031-04-17"));
        assertFalse(RetoldSignings.sameDayOrMonth("2031", "2031-04-17"));
    }
}

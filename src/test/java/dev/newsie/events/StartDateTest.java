package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A relation's start at the precision written: the month and day after the year (made-up sentences). */
class StartDateTest {
    @Test
    void theMonthAndDayAfterTheYearAreKept() {
        assertEquals("1986-04", StartDate.of("两市自1986年4月建立", "1986", 7));
        assertEquals("1986-04-07", StartDate.of("于1986年4月7日结为", "1986", 5));
        assertEquals("1986", StartDate.of("自1986年以来", "1986", 5));
        assertEquals("1986", StartDate.of("1986年13月", "1986", 4), "no month 13");
    }

    @Test
    void twoCitiesTwinnedSinceAMonthAreRelatedSinceThatMonth() {
        Set<String> k = relationKeys(run("泸州市副市长会见日本汐见市客人。两市自1986年4月结为友城以来,交流不断。", "2024-05-06"));
        assertTrue(k.contains("汐见-泸州@1986-04"), k.toString());
    }

    @Test
    void aNamedPairTwinnedOnADayIsRelatedSinceThatDay() {
        Set<String> k = relationKeys(run("泸州市与日本汐见市于1986年4月7日结为友好城市,此后交往频繁。", "2024-05-06"));
        assertTrue(k.contains("汐见-泸州@1986-04-07"), k.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A guest's or host's city named by its country and its standing (round 11 of issue 9); made-up sentences. */
class CountryBeforeStandingTest {
    @Test
    void aMeetingWithTheCountrysSisterCity() {
        Set<String> r = relationKeys(run("济宁市副市长王明会见了日本友好城市横滨市副市长一行。", "2025-06-10"));
        assertTrue(r.contains("横滨-济宁@null"), r.toString());
    }

    @Test
    void aVisitToTheCountrysSisterCity() {
        Set<String> r = relationKeys(run("济宁市市长王明率团访问美国友城波特兰市。", "2025-06-10"));
        assertTrue(r.contains("波特兰-济宁@null"), r.toString());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A SAR signs with a foreign state in its own name; a country beside a city stays where the city lies (made-up). */
class CountryFacingASarTest {
    @Test
    void aCountryFacingASarIsTheOtherSide() {
        String text = "2026年5月3日,行政长官会见来访的老挝副总理,并见证澳门与老挝签署教育合作谅解备忘录。";
        List<Event> ss = signings(run(text, "2026-05-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("澳门", "老挝"), partiesOf(ss.get(0)));
        assertEquals("MEMORANDUM", ss.get(0).agreement());
    }

    @Test
    void aCountryFacingACityIsNoSide() {
        String text = "2024年5月3日,市长见证烟台与越南签署教育合作谅解备忘录。";
        List<Event> ss = signings(run(text, "2024-05-03"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("越南")), ss.toString());
    }
}

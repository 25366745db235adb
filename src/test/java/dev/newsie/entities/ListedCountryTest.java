package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The country list read once: each state's other names come stripped and never blank. */
class ListedCountryTest {
    @Test
    void everyReaderGetsTheSameReading() {
        assertSame(ListedCountry.all(), ListedCountry.all());
    }

    @Test
    void otherNamesAreStrippedAndNeverBlank() {
        for (ListedCountry c : ListedCountry.all()) {
            assertTrue(c.otherNames().stream().noneMatch(n -> n.isBlank() || !n.equals(n.strip())), c.toString());
        }
    }

    @Test
    void aStateListedWithoutOtherNamesHasNone() {
        ListedCountry c = ListedCountry.all().stream().filter(x -> x.name().equals("新西兰")).findFirst().orElseThrow();
        assertEquals(List.of(), c.otherNames());
        assertEquals("惠灵顿", c.capital());
    }
}

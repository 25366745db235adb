package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 2026金砖国家友城论坛: a year fused before a group of countries names the forum's edition; the count of countries
 * is read elsewhere in the sentence, or not at all (made-up sentences).
 */
class AYearBeforeAGroupOfCountriesIsNoCountTest {
    @Test
    void theEditionsYearIsNoCountOfCountries() {
        assertEquals(5, ForumCounts.read("在青河举办的“2026金砖国家友好城市论坛”上,来自金砖五国的市长等200余人出席。").countries());
    }

    @Test
    void aCountWithItsClassifierStillCounts() {
        assertEquals(12, ForumCounts.read("来自12个东盟国家的代表出席了2026青河论坛。").countries());
    }

    @Test
    void aLargeCountWithoutAYearsDigitsStillCounts() {
        assertEquals(30, ForumCounts.read("来自30个国家的200余名代表出席。").countries());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a list of bare names that are each a prefecture's name, written right after prefectures named with
 * their suffix, goes on naming prefectures (the writer drops the suffix the clause before has set); a bare list with no
 * such prefecture before it keeps its cities.
 */
class BarePrefecturesAfterSuffixedOnesTest {
    @Test
    void aBareListAfterSuffixedPrefecturesNamesPrefectures() {
        Set<String> e = MadeUpSentences.entityKeys("近年来烟台与鹿儿岛县、熊本县结好的城市增至十余组,长崎县也首次缔结,山口、大分、宫崎、福冈等地交流亦不断扩大。");
        assertTrue(e.contains("PROVINCE 山口"), e.toString());
        assertTrue(e.contains("PROVINCE 大分"), e.toString());
        assertTrue(e.contains("PROVINCE 宫崎"), e.toString());
        assertTrue(e.contains("PROVINCE 福冈"), e.toString());
        assertFalse(e.contains("CITY 福冈"), e.toString());
    }

    @Test
    void aPlaceOfAnotherCountryBetweenDoesNotBreakTheReach() {
        Set<String> e = MadeUpSentences.entityKeys("鹿儿岛与熊本县的结好案例增至十余例,长崎县也首次与烟台结好,山口、大分、宫崎等地交流亦不断扩大。");
        assertTrue(e.contains("PROVINCE 山口"), e.toString());
        assertTrue(e.contains("PROVINCE 宫崎"), e.toString());
    }

    @Test
    void aBareListWithNoPrefectureBeforeItKeepsItsCities() {
        Set<String> e = MadeUpSentences.entityKeys("代表团先后访问了大分、宫崎、福冈三座城市。");
        assertTrue(e.contains("CITY 福冈"), e.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a Japanese city listed with its suffix whose last characters make the noun 城市 (小城市) is a
 * modifier and that noun where a Han character runs into it, and the city in a Japanese chain or a table's cell.
 */
class CityWordInListedNameTest {
    @Test
    void aSmallCityIsNoJapaneseCity() {
        Set<String> k = MadeUpSentences.placeKeys("松本是日本长野县的一座美丽小城市,也是全美百个最佳小城市之一。");
        assertFalse(k.contains("CITY 小城"), k.toString());
    }

    @Test
    void theCityInAJapaneseChainOrATableCellIsStillNamed() {
        assertTrue(MadeUpSentences.placeKeys("烟台市与日本佐贺县小城市签署协议。").contains("CITY 小城"));
        assertTrue(MadeUpSentences.placeKeys("3 | 襄阳市 | 小城市 | 1999 |").contains("CITY 小城"));
    }
}

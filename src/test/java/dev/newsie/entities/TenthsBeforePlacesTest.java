package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.placeKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where 成 after a numeral is a tenth, so no place opens there. */
class TenthsBeforePlacesTest {
    @Test
    void aTenthBeforeAllIsNoCity() {
        Set<String> p = placeKeys("这个县七成都是丘陵,三成都是水田。");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void theCityWithoutANumeralBeforeItIsStillOne() {
        assertEquals(Set.of("CITY 成都"), placeKeys("代表团前往成都访问。"));
    }
}

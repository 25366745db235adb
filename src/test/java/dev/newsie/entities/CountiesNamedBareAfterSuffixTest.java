package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a county whose stem is a common word is named bare once the article named it with its suffix. */
class CountiesNamedBareAfterSuffixTest {
    @Test
    void aBareStemAfterTheSuffixedCountyIsThatCounty() {
        Set<String> k = MadeUpSentences.placeKeys("武功县政府与甲市签约。县长王某代表武功致辞。自2008年武功与甲市开展交往以来,双方互访频繁。");
        assertTrue(k.contains("CITY 武功"), k.toString());
    }

    @Test
    void theWordAloneIsNoCounty() {
        Set<String> k = MadeUpSentences.placeKeys("县长王某代表团观看武功表演。");
        assertFalse(k.contains("CITY 武功"), k.toString());
    }
}

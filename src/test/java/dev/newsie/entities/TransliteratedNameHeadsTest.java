package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a bare KBP name that transliteration runs on from into a suffix is only the head of a longer unlisted name. */
class TransliteratedNameHeadsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aListedHeadOfALongerTransliteratedNameGivesWayToTheWholeName() {
        Set<String> k = keys("意大利伦巴第大区卡尔奇纳诺市市长率团来访。");
        assertTrue(k.contains("CITY 卡尔奇纳诺"), k.toString());
        assertFalse(k.contains("CITY 卡尔奇"), k.toString());
    }

}

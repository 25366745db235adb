package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a listed two-character name whose last character the segmenter joined to its suffix (甲/州市) is still the place. */
class SuffixJoinedNamesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aNameWhoseLastCharacterIsJoinedToItsSuffixIsThePlace() {
        Set<String> k = keys("友城名录如下:韩国 庆州市(2002年缔结)");
        assertTrue(k.contains("CITY 庆州"), k.toString());
    }

    @Test
    void aNameReadAcrossIntoAnotherCityIsNoPlace() {
        Set<String> k = keys("全市约780万福州人参加。");
        assertFalse(k.contains("CITY 万福"), k.toString());
    }

}

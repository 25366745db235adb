package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a township the segmenter reads as one place word is a city named with its suffix. */
class SegmenterTownshipsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aTownshipReadAsOnePlaceWordIsACityWithItsSuffix() {
        Set<String> k = keys("考察团随后来到龙门镇参观农业园区。");
        assertTrue(k.contains("CITY 龙门镇"), k.toString());
        assertFalse(k.contains("CITY 龙门"), k.toString());
    }

}

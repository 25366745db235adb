package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceLevelWordsTest {
    @Test
    void theFiveCommonLevelsAreLevelWords() {
        for (char c : "市省州县区".toCharArray()) {
            assertTrue(PlaceLevelWords.isCommon(c), String.valueOf(c));
        }
    }

    @Test
    void rarerLevelsAndOtherCharactersAreNot() {
        assertFalse(PlaceLevelWords.isCommon('镇'));
        assertFalse(PlaceLevelWords.isCommon('町'));
        assertFalse(PlaceLevelWords.isCommon('局'));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: Korean provinces written by their abbreviations (庆南, 忠北) before a county or city. */
class KoreanProvinceAbbreviationsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aKoreanProvinceAbbreviationNamesTheProvince() {
        Set<String> k = keys("韩国庆南某郡郡守一行与忠北清州市官员会谈。");
        assertTrue(k.contains("PROVINCE 庆尚南"), k.toString());
        assertTrue(k.contains("PROVINCE 忠清北"), k.toString());
    }

}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a foreign city whose name holds 隆 or 浦 is read whole from the transliteration table. */
class TransliterationCharactersTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aTransliteratedCityWithLongIsReadWhole() {
        Set<String> k = keys("双方商定,隆巴尔多市的学生明年来访。");
        assertTrue(k.contains("CITY 隆巴尔多"), k.toString());
    }


    @Test
    void aTransliteratedCityWithPuIsReadWhole() {
        Set<String> k = keys("双方商定,坎达浦尔市的学生明年来访。");
        assertTrue(k.contains("CITY 坎达浦尔"), k.toString());
    }
}

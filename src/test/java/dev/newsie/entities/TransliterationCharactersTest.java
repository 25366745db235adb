package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a foreign city whose name holds 隆 or 浦, and a one-part foreign name after a title that holds a
 * syllable of the Russian or Mongolian table, are read whole from the transliteration table.
 */
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

    @Test
    void onePartNamesAfterTitlesWithTheRussianAndMongolianTablesSyllablesAreRead() {
        // 先 (-сен-), 茹 (жу-), 佳 (дя-) of the Russian table and 嘎 (га) of the Mongolian one: without the syllable
        // the name after the title was read as none
        assertEquals(Set.of("瓦先科"), MadeUpSentences.persons("乌克兰市长瓦先科出席了开幕式。"));
        assertEquals(Set.of("茹巴诺夫"), MadeUpSentences.persons("俄罗斯市长茹巴诺夫出席了开幕式。"));
        assertEquals(Set.of("佳金娜"), MadeUpSentences.persons("俄罗斯副市长佳金娜出席了开幕式。"));
        assertEquals(Set.of("嘎尔玛"), MadeUpSentences.persons("蒙古国省长嘎尔玛出席了开幕式。"));
    }
}

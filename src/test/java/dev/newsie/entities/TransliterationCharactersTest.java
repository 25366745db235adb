package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

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
        // 茹 (Zhu-), 佳 and 琴 (Dya-, -chen-), 捷 and 先 (Te-, -shchen-), 嘎 (Mongolian ga)
        Set<String> n = MadeUpSentences.persons("乌克兰副总理茹科夫、前总理佳琴科与俄罗斯州长捷米先科出席,蒙古国某省省长嘎尔迪致辞。");
        assertTrue(n.contains("茹科夫") && n.contains("佳琴科") && n.contains("捷米先科") && n.contains("嘎尔迪"), n.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: an adverb or a day in Chinese numerals right after a name ends it. */
class AdverbsAndDaysAfterNamesTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void anAdverbAfterAJapaneseNameEndsIt() {
        Set<String> p = persons("滑川市长菅原勇甚至亲自写了中文贺词。");
        assertTrue(p.contains("菅原勇"), p.toString());
        assertFalse(p.contains("菅原勇甚至"), p.toString());
    }

    @Test
    void aDayInChineseNumeralsAfterAJapaneseNameEndsIt() {
        Set<String> p = persons("县长与大町市长佐藤健十二日透过视讯正式签署友好交流协定。");
        assertTrue(p.contains("佐藤健"), p.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up lists of officials: beside a known name, an item the segmenter reads as one person's name is a name, though
 * its family name is unlisted or a predicate follows it without punctuation.
 */
class SegmenterNamesInListsTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(text, a.places(), a.tokens()));
    }

    @Test
    void anItemWithAFamilyNameReadAsAWordIsAName() {
        Set<String> n = persons("青河市领导张立军、向国庆、林海燕参加。");
        assertTrue(n.contains("向国庆"), n.toString());
    }

    @Test
    void theLastItemBeforeAPredicateIsAName() {
        Set<String> n = persons("市领导赵立新、钱海波、竺建明、袁晓峰热情接待了来宾。");
        assertTrue(n.containsAll(Set.of("竺建明", "袁晓峰")), n.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences with a name, its title and then a manner adverb before the verb (某某主任简要介绍, 某某会长详细说明):
 * the adverb opens with a family name's character (简, 详 is none) but is one word of the segmenter's, no name; a real
 * name after a title before a verb is still read.
 */
class MannerAdverbAfterATitleTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void anAdverbAfterTheTitleIsNoName() {
        Set<String> p = persons("会上,王大明主任简要介绍了襄阳开展城市外交的情况。");
        assertFalse(p.contains("简要"), p.toString());
        assertTrue(p.contains("王大明"), p.toString());
    }

    @Test
    void aNameAfterTheTitleIsStillOne() {
        Set<String> p = persons("会上,市外办主任简宏伟介绍了襄阳开展城市外交的情况。");
        assertTrue(p.contains("简宏伟"), p.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming Vietnamese women: family name, 氏 and a given name. */
class VietnameseNamesTest {
    private static final PersonRecognizer persons = PersonRecognizer.load();

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(persons.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void aNameWith氏GoesOnToATwoCharacterGivenName() {
        Set<String> n = names("应越南某省主席阮氏春兰邀请,代表团访问越南。会谈中,阮氏春兰表示欢迎。");
        assertTrue(n.contains("阮氏春兰"), n.toString());
        assertFalse(n.contains("阮氏"), n.toString());
    }

    @Test
    void aOneCharacterGivenNameEndsAtPunctuation() {
        Set<String> n = names("越南某省副主席黎氏兰、主任陈文明出席。");
        assertTrue(n.contains("黎氏兰"), n.toString());
        assertFalse(n.contains("黎氏"), n.toString());
        assertFalse(n.contains("黎氏兰、"), n.toString());
    }
}

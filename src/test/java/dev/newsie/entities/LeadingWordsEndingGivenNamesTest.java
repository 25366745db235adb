package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences with a three-character name whose last character is also a preposition, conjunction or adverb
 * (为, 则, 以): right before punctuation or a bracket it can only end the name; before the words it leads it is a word.
 */
class LeadingWordsEndingGivenNamesTest {
    @Test
    void aConjunctionBeforeACommaEndsTheName() {
        Set<String> p = MadeUpSentences.persons("出席活动的有县委书记孙国则，县长刘明和副县长吴强。");
        assertTrue(p.contains("孙国则"), p.toString());
    }

    @Test
    void aPrepositionBeforeABracketOrAListCommaEndsTheName() {
        Set<String> p = MadeUpSentences.persons("市政府授予英国籍专家赵大为(Tom Hardy)荣誉市民称号。");
        assertTrue(p.contains("赵大为"), p.toString());
        p = MadeUpSentences.persons("县长何有为、副县长刘明出席仪式。");
        assertTrue(p.contains("何有为"), p.toString());
    }

    @Test
    void beforeTheWordsItLeadsTheCharacterIsAWord() {
        Set<String> p = MadeUpSentences.persons("市长李强则表示，欢迎各方来访。");
        assertTrue(p.contains("李强"), p.toString());
        assertFalse(p.contains("李强则"), p.toString());
        p = MadeUpSentences.persons("副市长张明于1月到访。");
        assertFalse(p.contains("张明于"), p.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a transliteration syllable the segmenter reads as a preposition or conjunction (因) inside the
 * last part of a foreign name, with more syllables after it, does not end the name.
 */
class SyllableReadAsAPrepositionInsideANameTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.interpunctNames(text);
    }

    @Test
    void theSyllablesAfter因StayInTheName() {
        Set<String> n = names("仪式上,德国籍工程师卡尔·施泰因巴赫获奖。江南船舶公司特聘荷兰籍飞利浦公司顾问扬·范德因霍芬。");
        assertTrue(n.contains("卡尔·施泰因巴赫") && n.contains("扬·范德因霍芬"), n.toString());
    }
}

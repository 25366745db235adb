package dev.newsie.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WordAlternationTest {
    @Test
    void longerWordsComeFirstWithoutRepeats() {
        assertEquals(List.of("甲乙丙", "甲乙", "丁乙", "甲"), WordAlternation.longestFirst(List.of("甲", "甲乙", "甲乙丙", "丁乙", "甲")));
    }

    @Test
    void theAlternationMatchesTheLongestWordAndQuotesEachWord() {
        var m = Pattern.compile(WordAlternation.of(List.of("中心", "会议中心", "a.b"))).matcher("甲会议中心");
        m.find();
        assertEquals("会议中心", m.group());
        assertFalse(Pattern.compile(WordAlternation.of(List.of("a.b"))).matcher("axb").find());
    }

    @Test
    void noWordsMatchNothing() {
        assertFalse(Pattern.compile(WordAlternation.of(List.of())).matcher("甲").find());
    }
}

package dev.newsie.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test says "cannot match" only where the pattern of the words before the mark finds nothing. */
class WordEndBeforeMarkTest {
    private static final List<String> WORDS = List.of("友好城市", "友城", "姐妹州");
    private static final WordEndBeforeMark TEST = new WordEndBeforeMark(WORDS, 'Ⓟ');
    private static final Pattern PATTERN = Pattern.compile("(?:国际)?" + WordAlternation.of(WORDS) + "(Ⓟ+)");

    @Test
    void aWordRightBeforeTheMarkMayMatch() {
        assertTrue(TEST.mayOccurIn("参与友好城市Ⓟ建制70周年庆典"));
        assertTrue(TEST.mayOccurIn("Ⓟ省级友城ⓅⓅ获奖"));
    }

    @Test
    void aMarkAfterOtherCharactersOrAtTheStartCannotMatch() {
        assertFalse(TEST.mayOccurIn("Ⓟ与Ⓟ结为友好城市"));
        assertFalse(TEST.mayOccurIn("Ⓟ的友好城市"));
        assertFalse(TEST.mayOccurIn(""));
        assertFalse(TEST.mayOccurIn("友好城市"));
    }

    @Test
    void agreesWithThePatternWheneverItSaysNo() {
        for (String s : List.of("姐妹州的Ⓟ", "国际友城", "ⓅⓅ")) {
            assertFalse(TEST.mayOccurIn(s), s);
            assertFalse(PATTERN.matcher(s).find(), s);
        }
        for (String s : List.of("友好城市Ⓟ", "Ⓟ省级友城ⓅⓅ")) {
            assertTrue(TEST.mayOccurIn(s), s);
            assertTrue(PATTERN.matcher(s).find(), s);
        }
        for (String s : List.of("市Ⓟ", "州Ⓟ在", "城Ⓟ", "Ⓟ城Ⓟ")) { // a word's last character alone: the pattern decides
            assertTrue(TEST.mayOccurIn(s), s);
            assertFalse(PATTERN.matcher(s).find(), s);
        }
    }

    @Test
    void refusesAnEmptyWord() {
        assertThrows(IllegalArgumentException.class, () -> new WordEndBeforeMark(List.of("友城", ""), 'Ⓟ'));
    }
}

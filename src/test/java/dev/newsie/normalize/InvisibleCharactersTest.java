package dev.newsie.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvisibleCharactersTest {
    @Test
    void zeroWidthAndFormatCharactersAreInvisible() {
        for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\uFE0F'}) {
            assertTrue(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
        }
    }

    @Test
    void textSpacesAndPunctuationAreNot() {
        for (char c : new char[] {'甲', 'a', ' ', '\u3000', '\u00B7', '、', '\n', '-'}) {
            assertFalse(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
        }
    }
}

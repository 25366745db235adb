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
    void tagsAndIdeographicVariationSelectorsBeyondTheBmpAreInvisible() {
        for (int c : new int[] {0xE0001, 0xE0041, 0xE007F, 0xE0100, 0xE01EF}) {
            assertTrue(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
        }
        assertFalse(InvisibleCharacters.isInvisible(0x20000), "a CJK Extension B character is text"); // 𠀀
    }

    @Test
    void textSpacesAndPunctuationAreNot() {
        for (char c : new char[] {'甲', 'a', ' ', '\u3000', '\u00B7', '、', '\n', '-'}) {
            assertFalse(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
        }
    }
}

package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanLpTransliterationCharactersTest {
    private static final Set<Character> CHARS = HanLpTransliterationCharacters.characters();

    @Test
    void slavicAndCentralAsianSyllablesAreTransliterationCharacters() {
        assertTrue(CHARS.contains('琴') && CHARS.contains('申') && CHARS.contains('热') && CHARS.contains('汗'), CHARS.toString());
    }

    @Test
    void particlesAndVerbsOfNewsAreNone() {
        assertFalse(CHARS.contains('的') || CHARS.contains('是') || CHARS.contains('表') || CHARS.contains('会'), CHARS.toString());
    }
}

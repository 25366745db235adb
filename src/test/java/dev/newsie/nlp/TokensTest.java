package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Look-ups in made-up token lists. */
class TokensTest {
    private static final List<Token> TOKENS = List.of(
            new Token(0, 2, "市长", "n"), new Token(2, 3, "甲", "nr"), new Token(3, 5, "出席", "v"), new Token(5, 6, "了", "u"),
            new Token(6, 8, "随后", "d"), new Token(8, 9, "说", "v"));

    @Test
    void aWordOfTwoOrMoreCharactersWithTheTagStartsThere() {
        assertTrue(Tokens.wordStartsAt(TOKENS, 3, "v"));
        assertTrue(Tokens.wordStartsAt(TOKENS, 6, "d"));
    }

    @Test
    void aOneCharacterWordAnotherTagOrTheMiddleOfAWordIsNone() {
        assertFalse(Tokens.wordStartsAt(TOKENS, 8, "v"), "one character");
        assertFalse(Tokens.wordStartsAt(TOKENS, 3, "d"), "another tag");
        assertFalse(Tokens.wordStartsAt(TOKENS, 4, "v"), "inside 出席");
    }
}

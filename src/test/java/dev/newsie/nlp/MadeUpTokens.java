package dev.newsie.nlp;

/** Tokens of a made-up text as a segmenter would give them, placed at a word's first occurrence. */
final class MadeUpTokens {
    private MadeUpTokens() {
    }

    /** The word, tagged as a person's name (HanLP's {@code nr}). */
    static Token name(String text, String word) {
        return tagged(text, word, "nr");
    }

    /** The word, tagged as a common noun. */
    static Token word(String text, String word) {
        return tagged(text, word, "n");
    }

    private static Token tagged(String text, String word, String tag) {
        int at = text.indexOf(word);
        if (at < 0) {
            throw new IllegalArgumentException("'" + word + "' is not in the text");
        }
        return new Token(at, at + word.length(), word, tag);
    }
}

package dev.newsie.text;

import java.util.Collection;

/**
 * Whether a text may hold one of some words right before a mark character (a partner noun before Ⓟ: 友好城市Ⓟ): some
 * mark must follow a word's last character. A pattern of the shape {@code (?:word|…)mark} that scans a whole sentence
 * tries every word at every position; a sentence where no mark follows any word's last character cannot match, and
 * this test sees that in one pass over the sentence. "May hold" is all it says: the pattern decides.
 */
public final class WordEndBeforeMark {
    private final String lastCharacters;
    private final char mark;

    /** The words (none empty) and the mark that must follow one of them. */
    public WordEndBeforeMark(Collection<String> words, char mark) {
        StringBuilder last = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word can stand before any mark; give words of one character or more");
            }
            char c = w.charAt(w.length() - 1);
            if (last.indexOf(String.valueOf(c)) < 0) {
                last.append(c);
            }
        }
        this.lastCharacters = last.toString();
        this.mark = mark;
    }

    /** False when no mark in {@code text} follows a character that ends one of the words: no word stands before a mark. */
    public boolean mayOccurIn(String text) {
        for (int at = text.indexOf(mark, 1); at >= 0; at = text.indexOf(mark, at + 1)) {
            if (lastCharacters.indexOf(text.charAt(at - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

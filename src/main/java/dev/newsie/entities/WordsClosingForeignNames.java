package dev.newsie.entities;

import java.util.List;

/**
 * 会见某某·某某一行时, 会见某某·某某时,: words that close the clause around a foreign name — 一行 (and party), 等人
 * (and others), the 时 of a time clause before its comma — are no syllables of the name; the segmenter may read them
 * into the name's last part, which the transliteration table would let run on.
 */
final class WordsClosingForeignNames {
    /** Words after a person's name that name the party with them. */
    private static final List<String> PARTY_WORDS = List.of("一行", "等人");
    /** The 时 that closes a time clause (在会见…时), followed by its comma. */
    private static final char WHEN = '时';
    private static final String CLAUSE_PUNCTUATION = ",，、";

    private WordsClosingForeignNames() {
    }

    /** Whether a word closing the name's clause starts at {@code pos}. */
    static boolean startsAt(String text, int pos) {
        if (PARTY_WORDS.stream().anyMatch(w -> text.startsWith(w, pos))) {
            return true;
        }
        return pos + 1 < text.length() && text.charAt(pos) == WHEN && CLAUSE_PUNCTUATION.indexOf(text.charAt(pos + 1)) >= 0;
    }
}

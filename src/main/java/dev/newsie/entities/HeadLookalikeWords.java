package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * Common nouns that end in a one-character organisation head but are words of their own (格局, 变局, 大局 end in the
 * 局 of a bureau), from {@code models/head-lookalike-words.tsv}: the head closing such a word opens no name, so
 * 合作新格局 and 百年未有之大变局 are no bureaus.
 */
final class HeadLookalikeWords {
    /** The words, each with the head character it ends in. */
    private static final List<ModelFile.Row> WORDS = ModelFile.read("head-lookalike-words.tsv", 2);

    private HeadLookalikeWords() {
    }

    /** Whether the one-character head {@code h} ending at {@code headEnd} of {@code text} closes a look-alike word. */
    static boolean closesWord(String text, int headEnd, String h) {
        for (ModelFile.Row r : WORDS) {
            String w = r.get(0);
            if (r.get(1).equals(h) && headEnd >= w.length() && text.startsWith(w, headEnd - w.length())) {
                return true;
            }
        }
        return false;
    }
}

package dev.newsie.entities;

import dev.newsie.nlp.CoreWords;

/**
 * 巩固原有 (consolidate the existing) holds 固原, a prefecture: a bare two-character name whose first character
 * ends a word begun before it and whose last begins a word going on after it cuts two words in half, and is no
 * mention, whatever the segmenter made of the run.
 */
final class WordsCutInHalf {
    private WordsCutInHalf() {
    }

    static boolean cutsTwoWords(String text, int start, int end) {
        if (end - start != 2 || start == 0 || end >= text.length()) {
            return false;
        }
        return CoreWords.isWord(text.substring(start - 1, start + 1)) && CoreWords.isWord(text.substring(end - 1, end + 1));
    }
}

package dev.newsie.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/** Whether a string is a word of HanLP's core dictionary (the segmenter's own lexicon). */
public final class CoreWords {
    private CoreWords() {
    }

    public static boolean isWord(String s) {
        return CoreDictionary.contains(s);
    }
}

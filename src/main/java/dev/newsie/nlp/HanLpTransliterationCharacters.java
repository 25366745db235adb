package dev.newsie.nlp;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters of HanLP's dictionary of transliterated personal names (data/dictionary/person/nrf.txt, built from
 * published name lists): the dictionary keeps every character of its names as a one-character key, so it holds the
 * syllable characters of Russian, Central Asian and African names (琴, 热, 申, 农, 汗) that a hand-written table of
 * the commonest ones leaves out.
 */
public final class HanLpTransliterationCharacters {
    private HanLpTransliterationCharacters() {
    }

    /** Every CJK unified ideograph that is a key of its own in HanLP's transliterated-name dictionary. */
    public static Set<Character> characters() {
        Set<Character> out = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            if (TranslatedPersonDictionary.containsKey(String.valueOf(c))) {
                out.add(c);
            }
        }
        return out;
    }
}

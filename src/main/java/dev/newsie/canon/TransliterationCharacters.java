package dev.newsie.canon;

import java.util.HashSet;
import java.util.Set;

/** The characters of transliterated foreign names, read from models/transliteration-chars.tsv (see its header). */
public final class TransliterationCharacters {
    private TransliterationCharacters() {
    }

    public static Set<Character> load() {
        Set<Character> chars = new HashSet<>();
        ModelFile.read("transliteration-chars.tsv", 1).forEach(r -> r.get(0).chars().forEach(c -> chars.add((char) c)));
        return chars;
    }
}

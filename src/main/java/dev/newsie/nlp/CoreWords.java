package dev.newsie.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.Arrays;

/** Whether a string is a word of HanLP's core dictionary (the segmenter's own lexicon), and of which natures. */
public final class CoreWords {
    private CoreWords() {
    }

    public static boolean isWord(String s) {
        return CoreDictionary.contains(s);
    }

    /** Whether the dictionary lists {@code word} with one of the natures (n, vn, s, t, f …). */
    public static boolean hasNature(String word, String... natures) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && Arrays.stream(a.nature).map(Object::toString).anyMatch(x -> Arrays.asList(natures).contains(x));
    }
}

package dev.newsie.nlp;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import dev.newsie.canon.ModelFile;

/**
 * Adds the words of models/regional-words.tsv (Taiwan, Hong Kong and Macau usage: 缔盟, 友谊市, 姊妹市) to HanLP's
 * custom dictionary, once per process, before the first segmentation. Without them HanLP glues the first
 * character of an unknown word to the name before it (仙台缔), and the entity stage reads a place that is not.
 */
public final class RegionalWords {
    private RegionalWords() {
    }

    private static final class Installed {
        static final int COUNT = install();
    }

    /** Installs the words on first call; later calls do nothing. Returns how many words the file holds. */
    public static int ensureInstalled() {
        return Installed.COUNT;
    }

    private static int install() {
        int n = 0;
        for (ModelFile.Row r : ModelFile.read("regional-words.tsv", 3)) {
            String word = r.get(0), nature = r.get(1);
            int frequency;
            try {
                frequency = Integer.parseInt(r.get(2));
            } catch (NumberFormatException e) {
                throw r.error("frequency is not a number: " + r.get(2));
            }
            if (word.isEmpty() || nature.isEmpty()) {
                throw r.error("empty word or nature");
            }
            CustomDictionary.insert(word, nature + " " + frequency);
            n++;
        }
        return n;
    }
}

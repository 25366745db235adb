package dev.newsie.entities;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A foreign given name and family name written without the interpunct between them, as Taiwan's and overseas papers
 * often do after a title (市長莉莎吉爾莫, 州長約翰史密斯): a run of five to eight transliteration characters right after
 * the title is one name, ending at the longest point where a name may end (punctuation, a word that follows names, or
 * the segmenter's verb or adverb: 市长某某某某特别录制 ends before 特别). Shorter runs stay with the one-part rule
 * (州长拉卡瓦).
 */
final class DotlessForeignNames {
    /** Fewest characters: a one-part transliterated name has at most four. */
    static final int MIN = 5;
    /** Most characters: two parts of up to four each. */
    static final int MAX = 8;

    private DotlessForeignNames() {
    }

    /**
     * The end of a dotless two-part name at {@code p}, or -1: the run of transliteration characters (stopping at a
     * character that ends names, such as 表, 说, 今) is cut back to the longest end {@code mayEnd} accepts.
     */
    static int end(String text, int p, Set<Character> transliteration, IntPredicate mayEnd) {
        int e = NameShapes.transliteratedRunEnd(text, p, MAX, transliteration);
        for (int k = e; k - p >= MIN; k--) {
            if (mayEnd.test(k)) {
                return k;
            }
        }
        return -1;
    }
}

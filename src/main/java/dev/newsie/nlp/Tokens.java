package dev.newsie.nlp;

import java.util.List;

/** Lookups in a text's tokens, which backends return sorted by offset and without overlap. */
public final class Tokens {
    private Tokens() {
    }

    /** Index of the first token that ends after {@code from} (binary search), or the list size. */
    public static int firstEndingAfter(List<Token> tokens, int from) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tokens overlapping [from, to). */
    public static List<Token> overlapping(List<Token> tokens, int from, int to) {
        int i = firstEndingAfter(tokens, from), j = i;
        while (j < tokens.size() && tokens.get(j).start() < to) {
            j++;
        }
        return tokens.subList(i, j);
    }

    /**
     * Whether the segmenter starts a word of two or more characters at {@code pos} whose tag begins with
     * {@code tagPrefix} (v: 出席, 表示; d: 首先, 随后): one-character words are too often parts of names.
     */
    public static boolean wordStartsAt(List<Token> tokens, int pos, String tagPrefix) {
        return overlapping(tokens, pos, pos + 1).stream()
                .anyMatch(t -> t.start() == pos && t.end() - t.start() >= 2 && t.tag().startsWith(tagPrefix));
    }

    /** The token exactly spanning [start, end), or null. */
    public static Token exactly(List<Token> tokens, int start, int end) {
        for (Token t : overlapping(tokens, start, end)) {
            if (t.start() == start && t.end() == end) {
                return t;
            }
        }
        return null;
    }
}

package dev.newsie.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The stretches of a text between delimiter characters that hold every one of some required characters. A pattern
 * that can match no delimiter (a 、-list of names closed by 等…组织 holds no ，。；) and needs those characters can
 * only match inside such a stretch, so a caller runs it there alone instead of at every position of the page.
 */
public final class Stretches {
    /** Java's {@code \s}: the whitespace a pattern's {@code [^…\s]} leaves out. */
    public static final String WHITESPACE = " \t\n\u000B\f\r";

    /** A required character's next position not yet looked for. */
    private static final int UNKNOWN = -2;
    /** A required character that does not occur again: no later stretch holds it. */
    private static final int NOWHERE = -1;

    private Stretches() {
    }

    /**
     * The [start, end) ranges of the maximal runs of {@code text} holding no character of {@code delimiters}, kept
     * when they hold every character of {@code required}, in text order.
     */
    public static List<int[]> holding(String text, String delimiters, String required) {
        List<int[]> out = new ArrayList<>();
        int[] next = new int[required.length()];
        Arrays.fill(next, UNKNOWN);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
                if (i > start && holdsAll(text, start, i, required, next)) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Whether [start, end) holds every required character. {@code next[k]} remembers where required character k next
     * occurs at or after an earlier stretch ({@link #NOWHERE}: nowhere), and is looked for again only once the stretches have passed
     * it: a page of many lines and few required characters is then read once per character, not once per line.
     */
    private static boolean holdsAll(String text, int start, int end, String required, int[] next) {
        for (int k = 0; k < required.length(); k++) {
            if (next[k] != NOWHERE && next[k] < start) {
                next[k] = text.indexOf(required.charAt(k), start);
            }
            if (next[k] < 0 || next[k] >= end) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts {@code m} on one stretch: lookarounds still see the text beyond it, and ^ and $ keep their meaning for
     * the whole text, so what it finds there is what it would find scanning the whole text.
     */
    public static Matcher on(Matcher m, int[] stretch) {
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(stretch[0], stretch[1]);
    }
}

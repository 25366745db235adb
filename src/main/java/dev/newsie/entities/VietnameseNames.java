package dev.newsie.entities;

import java.util.HashSet;
import java.util.Set;

/**
 * A Vietnamese name written in Chinese characters (阮氏某某, 黎阮某某): a listed Vietnamese family name and two or three
 * more characters, three or four in all — longer than the Chinese names the other shapes read, so it is taken only
 * where a title would stand, right after 越南 and a nationality word or calling (越南公民 某某某某:), and only when the
 * characters run out at punctuation or a line's end ({@code models/vietnamese-surnames.tsv}).
 */
final class VietnameseNames {
    private static final int SHORTEST = 3;
    private static final int LONGEST = 4;

    private final Set<Character> surnames = new HashSet<>();

    VietnameseNames() {
        for (dev.newsie.canon.ModelFile.Row r : dev.newsie.canon.ModelFile.read("vietnamese-surnames.tsv", 1)) {
            surnames.add(r.get(0).charAt(0));
        }
    }

    /** Where a Vietnamese name starting at {@code p} ends, or -1. */
    int end(String text, int p) {
        if (p >= text.length() || !surnames.contains(text.charAt(p))) {
            return -1;
        }
        int e = p;
        while (e < text.length() && isHan(text.charAt(e))) {
            e++;
        }
        return e - p >= SHORTEST && e - p <= LONGEST ? e : -1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

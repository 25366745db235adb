package dev.newsie.entities;

import java.util.function.IntPredicate;

/**
 * 日本的别府市, 美国的圣何塞市: a foreign country, then 的, then one of its places is the same chain as 日本别府市. The
 * place after 的 is read in that country (a transliterated name no table holds still reads by its suffix there); 的
 * is passed over only where a place is read right after it, so 日本的经济 and 美国的朋友 stay as they are.
 */
final class PossessiveAfterCountry {
    private static final char POSSESSIVE = '的';

    private PossessiveAfterCountry() {
    }

    /** Where the chain after a country ending at {@code end} goes on: past 的 when a place reads after it. */
    static int skip(String text, int end, IntPredicate placeAt) {
        if (end + 1 < text.length() && text.charAt(end) == POSSESSIVE && placeAt.test(end + 1)) {
            return end + 1;
        }
        return end;
    }
}

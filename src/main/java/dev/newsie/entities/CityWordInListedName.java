package dev.newsie.entities;

/**
 * A name listed with its municipal suffix whose last two characters are the common noun 城市 (city): a Japanese
 * city whose stem ends in 城 (小城 + 市, 新城 + 市, 都城 + 市). Read from the left, such a name is as often a
 * modifier and the noun 城市 — 一座美丽小城市 (a small city), 新城市 (a new city), 首都城市 (a capital city) — so it
 * is a mention only where no Han character runs into it: after the end of a Japanese chain (日本, or a prefecture's
 * 县/縣/府/都/道: 佐贺县小城市), or after punctuation, a space or a table's border (| 都城市 |).
 */
final class CityWordInListedName {
    private static final String CITY_WORD = "城市";
    /** Characters that close the place before a Japanese municipality in a chain: 日本 and a prefecture's suffix. */
    private static final String CHAIN_ENDS = "本县縣府都道";

    private CityWordInListedName() {
    }

    /** Whether the suffixed listed name {@code surface} at {@code text[pos..)} reads as a modifier and 城市 there. */
    static boolean readsAsCommonNoun(String surface, String text, int pos) {
        if (!surface.endsWith(CITY_WORD) || pos == 0) {
            return false;
        }
        char before = text.charAt(pos - 1);
        if (Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN) {
            return false;
        }
        if (before == '本') {
            return pos < 2 || text.charAt(pos - 2) != '日';
        }
        return CHAIN_ENDS.indexOf(before) < 0;
    }
}

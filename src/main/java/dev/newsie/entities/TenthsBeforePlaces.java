package dev.newsie.entities;

/**
 * 成 after a numeral is a tenth (六成, 七八成, 5成: "sixty per cent"), so a place name that opens with 成 right after
 * a numeral is no mention: 该市六成都是山林 reads 六成 + 都是 (all are), not the city 成都.
 */
final class TenthsBeforePlaces {
    /** Numerals that count tenths: Chinese digits, 两, 几 and 数 (a few), and Arabic digits. */
    private static final String NUMERALS = "一二三四五六七八九十两几数0123456789０１２３４５６７８９";

    private TenthsBeforePlaces() {
    }

    /** Whether the name starting at {@code start} opens with a 成 that a numeral before it makes a tenth. */
    static boolean opensWithATenth(String text, int start) {
        return start > 0 && text.charAt(start) == '成' && NUMERALS.indexOf(text.charAt(start - 1)) >= 0;
    }
}

package dev.newsie.events;

/**
 * Web pages often set numbers apart from the Chinese words around them with blanks (自 1995 年起, 2012 年4 月,
 * 已有37 年, the "spacing between CJK and half-width digits" habit of web typography). Such a blank is no word
 * boundary, so the mask drops it and every rule reading a year (自\d{4}年) or a count of years reads the text as if
 * it were written solid. Only a blank between a number and the unit word after it (年, 月, 日, 个…) is dropped, and
 * one before the number after a preposition of time (自 1995年) or where it is padded on both sides (共 12 个); a table's cell border (亚洲 1983年7月28日, the
 * number padded on one side), blanks between two numbers and around Latin words stay.
 */
final class HanDigitSpacing {
    private HanDigitSpacing() {
    }

    /** Whether the character at {@code i} of {@code text} is a blank between a Han character and a digit. */
    static boolean at(CharSequence text, int i) {
        if (!blank(text.charAt(i))) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && blank(text.charAt(b))) {
            b--;
        }
        int a = i + 1;
        while (a < text.length() && blank(text.charAt(a))) {
            a++;
        }
        if (b < 0 || a >= text.length()) {
            return false;
        }
        char before = text.charAt(b), after = text.charAt(a);
        if (digit(before)) {
            return UNITS.indexOf(after) >= 0; // 1995 年, 37 年, 4 月: a number and its unit
        }
        if (!han(before) || !digit(after)) {
            return false;
        }
        if (TIME_PREPOSITIONS.indexOf(before) >= 0) {
            return true; // 自 1995年, 于 2012年: a preposition of time never ends a table's cell
        }
        // 自 1995 年: the number padded on both sides; a table's cells (亚洲 1983年7月28日) pad it on one side only
        int e = a;
        while (e < text.length() && (digit(text.charAt(e)) || text.charAt(e) == '.')) {
            e++;
        }
        int f = e;
        while (f < text.length() && blank(text.charAt(f))) {
            f++;
        }
        return f > e && f < text.length() && UNITS.indexOf(text.charAt(f)) >= 0;
    }

    /** Prepositions that open a date (自, 从, 于, 在, 至, 到, 迄): a blank after one is inside the phrase. */
    private static final String TIME_PREPOSITIONS = "自从于在至到迄";

    /** The unit words a number written with a blank before them counts: dates, years, things. */
    private static final String UNITS = "年月日号个座对次届周多余万";

    private static boolean blank(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

package dev.newsie.events;

import java.util.regex.Matcher;

/**
 * The date a table row gives a twinning, from the named groups {@code y}, {@code mo} and {@code d} of its pattern, at the
 * precision the cell writes it (1990.05.20 → 1990-05-20, 1999 → 1999).
 *
 * <p>Why: overview tables write the date as digits joined by dots or dashes as often as with 年/月/日 (GOLD.md §4 wants
 * the ISO date at the precision written); a month or day out of range is a misread cell and keeps the year only.
 */
final class TableRowDate {
    private TableRowDate() {
    }

    /** The ISO date of the matched row's y, mo and d groups; null when the row has no year. */
    static String of(Matcher m) {
        String y = m.group("y");
        if (y == null) {
            return null;
        }
        String mo = m.group("mo");
        if (mo == null || Integer.parseInt(mo) < 1 || Integer.parseInt(mo) > 12) {
            return y;
        }
        String d = m.group("d");
        String out = y + "-" + pad(mo);
        return d == null || Integer.parseInt(d) < 1 || Integer.parseInt(d) > 31 ? out : out + "-" + pad(d);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}

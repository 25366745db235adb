package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a relation at the precision the text writes it: a year read by a pattern, with the month and day that
 * follow it (两市自1986年4月结为友城以来 → 1986-04; 2004年9月3日,甲与乙正式结为友城 → 2004-09-03).
 *
 * <p>Why: GOLD.md §4 dates a relation's {@code since} as precisely as the text allows; the patterns capture the
 * year only, so a month written after it was dropped.
 */
final class StartDate {
    /** 年 closing the year, then a month and an optional day. */
    private static final Pattern MONTH_DAY = Pattern.compile("年(\\d{1,2})月(?:(\\d{1,2})日)?");

    private StartDate() {
    }

    /** The year {@code year} ending at {@code yearEnd} of {@code text}, with the month and day written after it; null for null. */
    static String of(String text, String year, int yearEnd) {
        if (year == null || yearEnd < 0 || yearEnd > text.length()) {
            return year;
        }
        Matcher m = MONTH_DAY.matcher(text).region(yearEnd, text.length());
        if (!m.lookingAt()) {
            return year;
        }
        int month = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12) {
            return year;
        }
        String out = year + "-" + pad(m.group(1));
        if (m.group(2) != null) {
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                out += "-" + pad(m.group(2));
            }
        }
        return out;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}

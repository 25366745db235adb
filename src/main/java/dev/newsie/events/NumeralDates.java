package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in Chinese numerals (八月十九日至二十日, 二〇二四年十一月五日), as Hong Kong, Macau and overseas
 * Chinese papers often write them, rewritten in digits (8月19日至20日, 2024年11月5日) so that the date resolver
 * reads them; so is a day of ten or more written alone (十六日签署 → 16日签署). Only numerals directly before 年, 月 or 日
 * change; everything else is left as it is.
 */
final class NumeralDates {
    private static final Pattern YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})年");
    private static final String N = "([一二三四五六七八九十]{1,3})";
    /** A month and day, and the last day of a span (十月十九日至二十二日); a lone 三日 may be a length (一连三日). */
    private static final Pattern MONTH_DAY = Pattern.compile(N + "月" + N + "日(?:(至|到|-|—)" + N + "日)?"
            // 十六日签署, 三十一日召开: a day of the month written alone, as Taiwan, Hong Kong and Macau papers write it;
            // only a day of ten or more (a numeral with 十), which no count of days is written as right before a verb
            // or a time of day: not after a numeral, a month or a word of length (为期, 连, 历时, 第, 每, 前), not
            // before a noun it counts (十日游, 十日内, 二十日本企业, 十日元)
            + "|(?<![〇○零一二三四五六七八九十两月年连為为期历歷共第每前后後达達逾约約近再隔])([二三]?十[一二三四五六七八九]?)日"
            + "(?![本元圆圓币幣游遊内內间間之的以后後前来來])");

    private NumeralDates() {
    }

    /**
     * A text with its numeral dates in digits, and for each of its characters (and its end) the offset in the
     * original text it came from, so that a date found in the digits is placed in the original.
     */
    record Digits(String text, int[] origin) {
        /** The original offset of a span's start. */
        int start(int at) {
            return origin[at];
        }

        /** The original offset of a span's end: just after the original character its last one came from. */
        int end(int at) {
            return at == 0 ? origin[0] : origin[at - 1] + 1;
        }
    }

    /** The text with numeral years, months and days in digits; the text itself if it has none. */
    static String toDigits(String text) {
        return withOrigins(text).text();
    }

    /** {@link #toDigits} with the original offset of each character. */
    static Digits withOrigins(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : y.group(1).toCharArray()) {
                digits.append(c == '〇' || c == '○' || c == '零' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
            }
            y.appendReplacement(sb, digits + "年"); // four numerals, four digits: offsets do not move
        }
        y.appendTail(sb);
        String withYears = sb.toString();
        sb.setLength(0);
        int[] origin = new int[withYears.length() * 2 + 1];
        int copied = 0;
        Matcher md = MONTH_DAY.matcher(withYears);
        while (md.find()) {
            String digits;
            if (md.group(5) != null) {
                Integer alone = ForumCounts.number(md.group(5));
                digits = alone != null && alone >= 10 && alone <= 31 ? alone + "日" : md.group();
            } else {
                Integer month = ForumCounts.number(md.group(1)), day = ForumCounts.number(md.group(2));
                Integer last = md.group(4) == null ? null : ForumCounts.number(md.group(4));
                boolean valid = month != null && month <= 12 && day != null && day <= 31 && (md.group(4) == null || (last != null && last <= 31));
                digits = valid ? month + "月" + day + "日" + (md.group(4) == null ? "" : md.group(3) + last + "日") : md.group();
            }
            for (int k = copied; k < md.start(); k++) {
                origin[sb.length()] = k;
                sb.append(withYears.charAt(k));
            }
            int span = md.end() - md.start();
            for (int k = 0; k < digits.length(); k++) {
                origin[sb.length()] = k == digits.length() - 1 ? md.end() - 1 : md.start() + Math.min(span - 1, k * span / digits.length());
                sb.append(digits.charAt(k));
            }
            copied = md.end();
        }
        for (int k = copied; k < withYears.length(); k++) {
            origin[sb.length()] = k;
            sb.append(withYears.charAt(k));
        }
        origin[sb.length()] = withYears.length();
        return new Digits(sb.toString(), java.util.Arrays.copyOf(origin, sb.length() + 1));
    }
}

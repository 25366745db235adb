package dev.newsie.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time counted before the subject of a clause (两个月后某市政府代表团将来访, 三天后某协会发布): the
 * segmenter reads the unit and its postposition (月/n 后/f, or 天后/nz, a goddess's name) as words that may stand in a
 * name, so the run of name tokens opens with them. The body is named after the time.
 */
final class ElapsedTimes {
    /** Numerals of a count of time units. */
    private static final String NUMERALS = "一二三四五六七八九十百两几数多半0123456789";
    /** A unit of time (with 个 for months and hours) and a postposition of time before or after. */
    private static final Pattern UNIT_AND_POSTPOSITION = Pattern.compile(
            "[" + NUMERALS + "]*个?(?:月|天|周|星期|年|小时|个月)(?:以后|之后|以前|之前|后|前)");

    private ElapsedTimes() {
    }

    /**
     * Where the name in {@code [start, end)} starts once a counted span of time at its opening is cut, or {@code start}:
     * the unit must follow a numeral (or 个), inside the span or right before it, and three characters must remain.
     */
    static int afterElapsedTime(String text, int start, int end) {
        Matcher m = UNIT_AND_POSTPOSITION.matcher(text).region(start, end);
        if (!m.lookingAt() || end - m.end() < 3) {
            return start;
        }
        boolean counted = m.group().length() > 0 && NUMERALS.indexOf(m.group().charAt(0)) >= 0
                || start > 0 && (NUMERALS.indexOf(text.charAt(start - 1)) >= 0 || text.charAt(start - 1) == '个');
        return counted ? m.end() : start;
    }
}

package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year whose anniversary a clause names: 2014年是两市结好30周年 or 明年是两市结好40周年 count back from that year,
 * not from the page's; a bare 结好30周年 counts back from the page's year.
 *
 * <p>Why: visit reports prepare a coming anniversary (就明年结好35周年纪念活动交换意见) and dated reviews name the year of
 * the jubilee; counting from the page's year puts the start a year off.
 */
final class AnniversaryYear {
    /** A year word with a copula or a verb of arriving at a date, and no clause break after it. */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "(?:(\\d{4})年|(明年|今年|去年))(?:将|也)?(?:是|为|迎来|恰逢|正值|适逢)[^。;；!！?？]*$");

    /**
     * A year the clause sets its jubilee in (在2010年两省缔结友好省州八周年之际): 在 and the year with no clause break up
     * to the years counted, so a start told before a comma (于1996年结为友好城市,今年迎来结好25周年) is not read.
     */
    private static final Pattern IN_YEAR = Pattern.compile("在(\\d{4})年(?!以来|来)[^。;；!！?？,，]*$");

    private AnniversaryYear() {
    }

    /** The year a relation began, {@code years} before the year its anniversary falls in (see {@link #of}); null without one. */
    static String start(String before, Integer pageYear, String years) {
        Integer jubilee = of(before, pageYear);
        return jubilee == null ? null : String.valueOf(jubilee - Integer.parseInt(years));
    }

    /** The year the anniversary falls in, read from the words before it in the sentence, else {@code pageYear}. */
    static Integer of(String before, Integer pageYear) {
        Matcher m = NAMED_YEAR.matcher(before);
        if (!m.find()) {
            Matcher in = IN_YEAR.matcher(before);
            return in.find() ? Integer.valueOf(in.group(1)) : pageYear;
        }
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (pageYear == null) {
            return null;
        }
        return switch (m.group(2)) {
            case "明年" -> pageYear + 1;
            case "去年" -> pageYear - 1;
            default -> pageYear;
        };
    }
}

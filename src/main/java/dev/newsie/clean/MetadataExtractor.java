package dev.newsie.clean;

import dev.newsie.canon.ScriptConverter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a page's publication date, source outlet and reporter in its header lines and byline.
 * Nothing is invented: a field the page does not show stays null.
 */
public final class MetadataExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?!\\d)");
    /**
     * 8:56pm 03/06/2025: Malaysian and Singaporean Chinese portals give a 12-hour clock, then the date day first
     * (British usage); the clock with am/pm before it tells this form from the year-first one.
     */
    private static final Pattern CLOCK_THEN_DAY_FIRST = Pattern.compile(
            "(?i)\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?\\s+(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");
    /**
     * 27.11.2014 00:43: aggregator and overseas portals print a timestamp day first with dots (European usage); with
     * the year last and dots, no Chinese form reads the same, so the whole line (a clock may follow) is that date.
     */
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile(
            "^\\s*(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");
    /**
     * (中央社訊息服務20240122 11:54:26): a wire's press-release service stamps its releases with the date written as
     * eight digits, then the clock; the clock right after tells this stamp from any other run of digits.
     */
    private static final Pattern COMPACT_WITH_CLOCK = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    /**
     * 2021, 4. 9: some Taiwan portals print an article's date year first, then a comma, then month and day each after
     * a dot (an English-style layout), alone on its line or before a page-edit link. The same layout with AM/PM, a
     * clock and a weekday after it (2024, 9. 20 AM 08:50 Friday) is the site's masthead clock: the day the page was
     * read, not written, so a clock after the day rules the date out.
     */
    private static final Pattern YEAR_COMMA_DOTTED = Pattern.compile(
            "^\\s*((?:19|20)\\d{2}),\\s*(\\d{1,2})\\.\\s*(\\d{1,2})(?![\\d.])(?!\\s*(?:[AaPp]\\.?[Mm]\\b|\\d{1,2}:))");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|来源于|稿源|出处)\\s*[::|]\\s*([^\\s|,,。]{2,30})");
    private static final Pattern REPORTER = Pattern.compile("(?:^|[\\s((,,])(?:[\\p{IsHan}]{0,6})?(?:记者|作者[::]?)\\s*([\\p{IsHan}]{2,4}(?:[、,, ]+[\\p{IsHan}]{2,4})*)");

    /** The first full date in the lines, as ISO yyyy-mm-dd, or null. */
    public static String findDate(List<String> lines) {
        for (String l : lines) {
            String d = isoDate(l);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    public static String isoDate(String line) {
        String half = ScriptConverter.toHalfWidth(line);
        Matcher m = ISO_DATE.matcher(half);
        if (m.find()) {
            return validDate(m.group(1), m.group(2), m.group(3));
        }
        Matcher dayFirst = CLOCK_THEN_DAY_FIRST.matcher(half);
        if (dayFirst.find()) {
            return validDate(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher dotted = DOTTED_DAY_FIRST.matcher(half);
        if (dotted.find()) {
            return validDate(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        Matcher commaDotted = YEAR_COMMA_DOTTED.matcher(half);
        if (commaDotted.find()) {
            return validDate(commaDotted.group(1), commaDotted.group(2), commaDotted.group(3));
        }
        Matcher compact = COMPACT_WITH_CLOCK.matcher(half);
        if (compact.find()) {
            return validDate(compact.group(1), compact.group(2), compact.group(3));
        }
        return dev.newsie.canon.RegionalDateForms.eraDateLine(half); // Taiwan: 民國108年
    }

    /** yyyy-mm-dd, or null when the month or day is out of range. */
    private static String validDate(String year, String month, String day) {
        int mo = Integer.parseInt(month), d = Integer.parseInt(day);
        return mo < 1 || mo > 12 || d < 1 || d > 31 ? null : String.format("%s-%02d-%02d", year, mo, d);
    }

    public static String findSource(List<String> lines) {
        for (String l : lines) {
            Matcher m = SOURCE.matcher(ScriptConverter.toSimplified(l));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    public static String findReporter(List<String> lines) {
        for (String l : lines) {
            Matcher m = REPORTER.matcher(ScriptConverter.toSimplified(l));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}

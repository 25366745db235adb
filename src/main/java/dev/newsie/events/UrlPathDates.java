package dev.newsie.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a page that writes none in its text but keeps, in its furniture, links whose paths carry the day
 * they were filed (…/site1/20100930/….jpg, …/2019-06/14/content_….htm): news sites store photos and stories
 * under the day they went up. Such a path dates the page only when it agrees with the page's own dateline
 * (长沙9月30日讯): the same month and day, or up to a week later, so a link to an older story dates nothing.
 * Reads text; writes nothing.
 */
final class UrlPathDates {
    private UrlPathDates() {
    }

    /** A link, up to the next space or bracket. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s()（）\\p{IsHan}]+");
    /** A date as a path segment or a segment's opening digits: /20100930/, /2019-06/14/, /2019/06/14/. */
    private static final Pattern PATH_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:(\\d{2})(\\d{2})|[-/](\\d{2})/(\\d{2}))(?=[/_.\\-])");
    /** 9月30日讯, 5月30日电: a dateline's month and day. */
    private static final Pattern DATELINE_MD = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(?:电|讯|报道|报导|消息)");
    /** How many days after the dateline's a path may be dated: a story goes up the day it is filed or soon after. */
    private static final int DAYS_AFTER = 7;

    /** The year of the first link path dated on or up to a week after the dateline's month and day, or null. */
    static String yearOfDateline(String text, List<Sentence> lead) {
        Integer month = null, day = null;
        for (Sentence s : lead) {
            Matcher md = DATELINE_MD.matcher(s.text());
            if (md.find()) {
                month = Integer.parseInt(md.group(1));
                day = Integer.parseInt(md.group(2));
                break;
            }
        }
        if (month == null || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            Matcher d = PATH_DATE.matcher(link.group());
            while (d.find()) {
                int y = Integer.parseInt(d.group(1));
                int m = Integer.parseInt(d.group(2) != null ? d.group(2) : d.group(4));
                int dd = Integer.parseInt(d.group(3) != null ? d.group(3) : d.group(5));
                Integer year = datelineYear(y, m, dd, month, day);
                if (year != null) {
                    return String.valueOf(year);
                }
            }
        }
        return null;
    }

    /**
     * The year of the dateline's month and day that the path's date falls on or up to a week after (the path's own
     * year, or the one before for a dateline of late December), or null when it falls on neither.
     */
    private static Integer datelineYear(int y, int m, int d, int month, int day) {
        try {
            java.time.LocalDate path = java.time.LocalDate.of(y, m, d);
            for (int back = 0; back <= 1; back++) { // a dateline of late December, a path of early January
                int yy = y - back;
                if (day > java.time.YearMonth.of(yy, month).lengthOfMonth()) {
                    continue;
                }
                long after = path.toEpochDay() - java.time.LocalDate.of(yy, month, day).toEpochDay();
                if (after >= 0 && after <= DAYS_AFTER) {
                    return yy;
                }
            }
            return null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

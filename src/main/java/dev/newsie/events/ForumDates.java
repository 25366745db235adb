package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's dates: its length in days (为期三天), a closing day after the opening one (于14日开幕,16日闭幕,
 * 10日至12日), and the finished date or span built from what its sentences gave.
 */
final class ForumDates {
    private ForumDates() {
    }

    /** 为期两天的论坛, 会期三天, 一连举行3天 (Taiwan's usage): the forum's length in days. */
    static final Pattern LASTS = Pattern.compile("(?:为期|会期|历时|一连(?:举行|举办|进行)?)(\\d+|[两二三四五六七八九十]+)天");

    /** 10日至12日: the closing day after a full date. */
    static final Pattern TO_DAY = Pattern.compile("\\s*(?:至|到|-|—|~)(\\d{1,2})日");
    private static final Pattern BARE_CLOSING_DAY = Pattern.compile("(?<![\\d月])(\\d{1,2})日(?:上午|下午|晚)?(?:圆满|胜利|顺利)?(?:闭幕|落幕|落下帷幕)");

    /**
     * 于10月14日开幕,16日闭幕: the days that stand before 开幕 and before 闭幕 in one sentence, or null unless it
     * gives both, each a full date.
     */
    static String[] openAndCloseDays(DocumentContext ctx, int si) {
        Sentence s = ctx.sentences.get(si);
        String t = s.text();
        Matcher closing = CLOSED.matcher(t);
        int open = t.indexOf("开幕"), close = closing.find() ? closing.start() : -1;
        if (open < 0 || close < 0 || close < open) {
            return null;
        }
        String opened = null, closed = null;
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            int end = d.end() - s.start();
            if (d.isSpan() || d.first() == null || d.first().length() != 10) {
                continue;
            }
            if (end <= open) {
                opened = d.first();
            } else if (end <= close) {
                closed = d.first();
            }
        }
        if (opened != null && closed == null) {
            // 14日开幕,16日闭幕: a bare day is in the opening day's month
            Matcher day = BARE_CLOSING_DAY.matcher(t);
            if (day.find(open) && Integer.parseInt(day.group(1)) <= 31) {
                closed = opened.substring(0, 8) + String.format("%02d", Integer.parseInt(day.group(1)));
            }
        }
        return opened != null && closed != null && opened.compareTo(closed) < 0 ? new String[]{opened, closed} : null;
    }

    /**
     * 闭幕, and the other words the genre closes a forum with: 落幕 (Taiwan's usage), 落下帷幕 (圆满结束 may end a visit
     * as well). The day before one is the forum's last day (为期两天的论坛21日落幕: 20 and 21); a sentence that also
     * opens it (19日开幕,20日落下帷幕) gives both days.
     */
    static final Pattern CLOSED = Pattern.compile("闭幕(?!式|词|辞|致辞|典礼|仪式)|落幕|落下帷幕");

    /** Whether a sentence reports the forum closed (and not only its closing ceremony or speech). */
    static boolean closes(String t) {
        return CLOSED.matcher(t).find();
    }

    /** 今、明两天, 今明(22、23日)两天: the report's day and the next; 昨、今两天: the day before and the report's day. */
    private static final Pattern TWO_DAYS_AROUND_TODAY = Pattern.compile(
            "([昨今])(?:[（(][^）)]{1,4}[）)])?[、,，]?([今明])(?:[（(][^）)]{1,4}[）)])?(?:两|二|2)天");

    /** The span a sentence gives relative to the report's day (今、明两天), or null. */
    static String[] twoDaysAroundToday(String t, String reference) {
        Matcher m = TWO_DAYS_AROUND_TODAY.matcher(t);
        if (reference == null || reference.length() != 10 || !m.find() || m.group(1).equals(m.group(2))) {
            return null;
        }
        java.time.LocalDate today = java.time.LocalDate.parse(reference);
        java.time.LocalDate first = m.group(1).equals("昨") ? today.minusDays(1) : today;
        return new String[]{first.toString(), first.plusDays(1).toString()};
    }

    /** 27、28日, 11月27、28、29日: consecutive days listed under one 日 (Taiwan and Hong Kong usage), a span. */
    private static final Pattern LISTED_DAYS = Pattern.compile("(?<!\\d)(\\d{1,2})(?:[、,，](\\d{1,2}))+日");

    /**
     * The span of consecutive days a sentence lists (27、28日) when the resolved date is the last of them, or
     * null. Days that do not follow one another (5、9日) are two events' days, not a span.
     */
    static String[] listedDays(String t, String resolved) {
        if (resolved == null || resolved.length() != 10) {
            return null;
        }
        Matcher m = LISTED_DAYS.matcher(t);
        while (m.find()) {
            String[] days = m.group().replace("日", "").split("[、,，]");
            boolean consecutive = true;
            for (int i = 1; i < days.length; i++) {
                consecutive &= Integer.parseInt(days[i]) == Integer.parseInt(days[i - 1]) + 1;
            }
            int first = Integer.parseInt(days[0]), last = Integer.parseInt(days[days.length - 1]);
            if (consecutive && last == Integer.parseInt(resolved.substring(8)) && first >= 1) {
                return new String[]{resolved.substring(0, 8) + String.format("%02d", first), resolved};
            }
        }
        return null;
    }

    /** Whether the date a sentence gives lies after the report's day: 20日在甲市登场 in a page of the 5th is a plan. */
    static boolean afterTheReport(DocumentContext ctx, int si) {
        DateResolver.DateMention d = ctx.bestDate(si);
        String day = d == null ? null : d.isSpan() ? d.spanStart() : d.first();
        // 14、15日在甲市举行 in a page of the 14th: the days listed run from the report's day, the forum is on
        String[] listed = listedDays(ctx.sentences.get(si).text(), day);
        if (listed != null) {
            day = listed[0];
        }
        if (day == null || ctx.reference == null || ctx.reference.length() != 10 || day.length() < 4) {
            return false;
        }
        // 明年10月在甲市举办的大会 (2025-10 in a page of 2024-06): a month or a year after the report's, at the date's
        // own precision, is a plan as a day after it is
        return day.compareTo(ctx.reference.substring(0, Math.min(day.length(), 10))) > 0;
    }

    /**
     * 自2020年以来, 自2023年在甲市首办后, 从2010年起: a date framed by 自/从 and 以来/之后/后/起 is the start of a
     * period the sentence looks back over (the series' first edition, the last meeting), not the session's date.
     */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?:自从|自|从)\\s*$");
    private static final Pattern SINCE_AFTER = Pattern.compile("^[^,，。;；]{0,16}?(?:以来|之后|以后|后|起)");

    /** Whether the date at [start, end) of sentence {@code t} opens a period (自2020年以来) rather than dating an act. */
    static boolean opensAPeriod(String t, int start, int end) {
        return start >= 0 && end <= t.length() && SINCE_BEFORE.matcher(t.substring(0, start)).find()
                && SINCE_AFTER.matcher(t.substring(end)).find();
    }

    /** The most precise date of a sentence that dates an act, not the start of a period (自…以来), or null. */
    static DateResolver.DateMention sessionDate(DocumentContext ctx, int si) {
        DateResolver.DateMention best = ctx.bestDate(si);
        if (best == null) {
            return null;
        }
        Sentence s = ctx.sentences.get(si);
        if (!opensAPeriod(s.text(), best.start() - s.start(), best.end() - s.start())) {
            return best;
        }
        DateResolver.DateMention other = null;
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            if (d != best && !opensAPeriod(s.text(), d.start() - s.start(), d.end() - s.start())
                    && (other == null || precision(d) > precision(other))) {
                other = d;
            }
        }
        return other;
    }

    private static int precision(DateResolver.DateMention d) {
        return d.isSpan() ? 11 : d.first() == null ? 0 : d.first().length();
    }

    /** Whether {@code known} says less than {@code full}: a year or a month beside a day (2022 beside 2026-08-03). */
    static boolean lessPrecise(String known, String full) {
        return known != null && full != null && full.length() == 10 && known.length() < full.length();
    }

    static void finishDates(ForumExtractor.Forum f) {
        if (f.openDate != null && f.closeDate != null && !f.openDate.equals(f.closeDate)) {
            f.b.start(f.openDate).end(f.closeDate).date(null); // a span, not one day
        } else if ((f.b.date() == null || lessPrecise(f.b.date(), f.openDate)) && f.openDate != null) {
            f.b.date(f.openDate); // the day it opened, rather than a year another sentence gave
        } else if ((f.b.date() == null || lessPrecise(f.b.date(), f.closeDate)) && f.closeDate != null) {
            f.b.date(f.closeDate);
        }
        String day = f.b.date();
        if (f.b.build().start() == null && f.days != null && f.days >= 2 && day != null && day.length() == 10) {
            java.time.LocalDate d = java.time.LocalDate.parse(day);
            if (f.openDate == null && day.equals(f.closeDate)) {
                // 为期两天的大会9日闭幕: the span is the days before the closing day and that day
                f.b.start(d.minusDays(f.days - 1).toString()).end(day);
            } else {
                // 为期三天的论坛12日开幕: the span is the opening day and the days after it
                f.b.start(day).end(d.plusDays(f.days - 1).toString());
            }
        }
        if (f.b.build().start() != null) {
            f.b.date(null);
        }
    }
}

package dev.newsie.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves date expressions — absolute (2024年11月19日), partial (29日, 11月18日, 今年1月), relative
 * (昨天(1日), 今(11)日, 当日, 同日, 次日, 本月5日, 本月初, 上周五, 明年, 三十五年前的10月22日) and spans (5月8日至9日, 11月8日至13日, 18—19日) — against an
 * anchor: the publication date; a month and day long after it (12月28日 in a January report) are last year's. A part
 * the anchor cannot supply is never invented: without an anchor year, 29日 resolves to nothing.
 */
public final class DateResolver {
    /** A date expression found in a text: its span and resolved value (a span has start and end instead). */
    public record DateMention(int start, int end, String date, String spanStart, String spanEnd) {
        public boolean isSpan() {
            return spanStart != null;
        }

        /** The date, or the span's start. */
        public String first() {
            return date != null ? date : spanStart;
        }
    }

    /** Between the two ends of a span: 18日至19日, 18—19日, 18–19日 (the first 日 may be left out before a dash). */
    private static final String SPAN_SEP = "(?:至|到|-|—|–|~|〜|～)";
    /**
     * 论坛今登场, 两市今缔盟: headlines (Taiwan and Hong Kong ones above all) write today as a bare 今 before the verb of
     * the event; 至今, 如今, 迄今 (so far, nowadays) are no day.
     */
    private static final String HEADLINE_TODAY = "(?<![至迄如而古当])今(?=登场|开幕|举行|举办|召开|揭幕|闭幕|开跑|起跑|签署|签约|缔盟|结盟|启动|颁奖|授证)";
    /**
     * 昨晚, 今晨, 当晚: a day word fused with a part of the day (晚 evening, 夜 night, 晨/早 morning) names the day as
     * 昨天, 今天 and 当天 do. 今晚报 is a newspaper's name; 担当, 相当, 应当 … end in 当 before 晚会; 前晚/前夜 is as
     * often the eve of what was just named (开幕前夜) as the night before last, so it is left unread; 如今早已, 至今晚
     * hold 今 of 如今/至今, as {@link #HEADLINE_TODAY} says.
     */
    static final String PART_OF_DAY = "(?:(?:昨|(?<![至迄如而古当])今)(?:晚|夜|晨|早)|(?<![担相充适应承正妥恰])当(?:晚|夜))(?!报)";
    /**
     * 同日本, 当日方, 前日本首相: 日 opening 日本 (Japan), 日方 (the Japanese side) or 日韩 (Japan and Korea) after the
     * preposition 同 (with), the conjunction 当 (when) or the attribute 前 (former) is no day word.
     */
    static final String NOT_JAPAN = "(?![本方韩])";
    /** A year of the last two centuries, written in digits (1990, 2025): the years news of the genre tells. */
    private static final String YEAR = "(?:19|20)\\d{2}";
    /**
     * 2023—2025年, 2022年至2025年: a span of whole years names a period (a plan's, a stage's: 2023-2027年阶段…协议), not a
     * time at which something was done, so neither of its years is read as a date; this is the span's opening year and
     * its separator, written before the closing one.
     */
    private static final String YEAR_SPAN_OPENING = YEAR + "年?" + SPAN_SEP;
    // 本年1月22日: official Taiwan, Hong Kong and Macau releases write this year so; only before a month (日本年轻人 holds 本年)
    static final Pattern EXPR = Pattern.compile(
            "(?<ago>\\d{1,2}|[一二三四五六七八九十两]{1,3})年前的?(?:(?<am>\\d{1,2})月(?<ad>\\d{1,2})日)?"
            + "|(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})(?:日|(?=" + SPAN_SEP + "\\d{1,2}日))(?:" + SPAN_SEP + "(?:(?<m2>\\d{1,2})月)?(?<d2>\\d{1,2})日)?"
            + "|(?<y4>\\d{4})-(?<m4>\\d{1,2})-(?<d4>\\d{1,2})"
            + "|(?<rel>今年|去年|明年|(?<!日)本年(?=\\d{1,2}月))(?:(?<rm>\\d{1,2})月(?:(?<rd>\\d{1,2})日)?)?"
            + "|(?<ym>\\d{4})年(?<mm>\\d{1,2})月(?!\\d{1,2}日)"
            + "|(?<same>同年|当年|次年|翌年)(?<sm>\\d{1,2})月(?:(?<sd>\\d{1,2})(?:日|(?=" + SPAN_SEP + "\\d{1,2}日))(?:" + SPAN_SEP + "(?<sd2>\\d{1,2})日)?)?"
            + "|(?<![\\d年])(?<m5>\\d{1,2})月(?<d5>\\d{1,2})(?:日|(?=" + SPAN_SEP + "\\d{1,2}日))(?:" + SPAN_SEP + "(?:(?<m6>\\d{1,2})月)?(?<d6>\\d{1,2})日)?"
            + "|(?<![\\d年\\-—–~至到])(?<mo1>\\d{1,2})月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?![\\d日号])"
            + "|(?<day>昨天|昨日|前天|(?:前日|当日|同日)" + NOT_JAPAN + "|今天|今日|当天|次日|翌日|" + PART_OF_DAY + "|" + HEADLINE_TODAY + ")(?:[((](?<pd>\\d{1,2})日[))])?"
            + "|(?<this>本月|上个?月)(?<td>\\d{1,2})(?:日|(?=" + SPAN_SEP + "\\d{1,2}日))(?:" + SPAN_SEP + "(?<td2>\\d{1,2})日)?"
            + "|(?<wk>上周|上星期|上礼拜|本周|这周|本星期)(?<wd>[一二三四五六日天])"
            // 周二举行, 星期五上午: a bare weekday before the time of day, a verb or a break tells a day of the last week
            + "|(?<![每上下本这个第周])(?:周|星期|礼拜)(?<bwd>[一二三四五六日天])(?=上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|举行|举办|召开|在|于|起|[,，。、])"
            + "|(?<mon>本月|上个?月)(?:初|上旬|中旬|下旬|底|末)?(?![\\d份])"
            + "|(?<tw>[今昨])[((](?<twd>\\d{1,2})[))]日"
            + "|(?<![\\d月年])(?<d7>\\d{1,2})(?:日|(?=" + SPAN_SEP + "\\d{1,2}日))(?:(?:至|到|-|—|–|~|〜|～)(?<d8>\\d{1,2})日)?"
            + "|(?<![\\d])(?<!" + YEAR_SPAN_OPENING + ")(?<y0>" + YEAR + ")年(?![\\d月]|代|度|" + SPAN_SEP + YEAR + "年)");
    /**
     * Every character a match of {@link #EXPR} can open with: a digit, a numeral of 年前, or the first character of
     * one of its day, month, year and week words (今 去 明 本 同 当 次 翌 昨 前 上 这 周 星 礼); its lookbehinds consume nothing.
     */
    static final String OPENING_CHARACTERS = "0123456789一二三四五六七八九十两今去明本同当次翌昨前上这周星礼";
    /**
     * {@link #EXPR} tried only where one of its opening characters stands, with the same matches and groups: it runs
     * over every sentence, and trying its seventeen branches at each position was most of the resolver's time.
     */
    static final Pattern GATED_EXPR = Pattern.compile("(?=[" + OPENING_CHARACTERS + "])(?:" + EXPR.pattern() + ")");

    private final Integer year, month, day;
    /**
     * Whether the anchor is a date the page writes (its date line, header or export date), not a year read from its
     * text: only a written year or month dates the days a report tells by 今日, 15日 or 周二.
     */
    private final boolean written;

    /** @param anchor ISO date, year-month or year the page writes; null when the page gives none */
    public DateResolver(String anchor) {
        this(anchor, true);
    }

    /**
     * @param anchor  ISO date, year-month or year; null when the page gives none
     * @param written whether the page writes it, or it was read from the text's years (an undated page)
     */
    public DateResolver(String anchor, boolean written) {
        this.written = written;
        Integer y = null, m = null, d = null;
        if (anchor != null) {
            String[] p = anchor.split("-");
            try {
                y = Integer.parseInt(p[0]);
                m = p.length > 1 ? Integer.parseInt(p[1]) : null;
                d = p.length > 2 ? Integer.parseInt(p[2].substring(0, Math.min(2, p[2].length()))) : null;
            } catch (NumberFormatException e) {
                y = m = d = null;
            }
        }
        this.year = y;
        this.month = m;
        this.day = d;
    }

    public Integer anchorYear() {
        return year;
    }

    /**
     * Every date expression in {@code text}, with offsets shifted by {@code offset}. {@code previous} is the
     * latest date the document has reported before this text, which 当日 refers to (null if none).
     */
    public List<DateMention> find(String text, int offset, String previous) {
        return find(text, offset, previous, "");
    }

    /**
     * @param lead the sentence before, whose verb of saying may open words said that go on into this one
     */
    public List<DateMention> find(String text, int offset, String previous, String lead) {
        return find(text, offset, previous, lead, null);
    }

    /**
     * @param previousYear the year of the latest date of any precision the document has reported before this text,
     *                     which 同年 (the same year) and 次年 (the year after) count from (null if none)
     */
    public List<DateMention> find(String text, int offset, String previous, String lead, String previousYear) {
        List<DateMention> out = new ArrayList<>();
        lastYear = previousYear;
        namedText = text;
        namedYear = null;
        // 十月九日, 二〇二四年三月五日 (Hong Kong, Macau, overseas papers): read in digits, placed in the original
        NumeralDates.Digits digits = NumeralDates.withOrigins(text);
        Matcher m = GATED_EXPR.matcher(digits.text());
        while (m.find()) {
            String spoken = m.group("day") == null || m.group("pd") != null || year == null || month == null || day == null ? null
                    : SpokenToday.day(m.group("day"), lead + digits.text().substring(0, m.start()), previous, LocalDate.of(year, month, day));
            DateMention d = spoken != null ? single(spoken) : resolve(m, previous);
            if (d != null) {
                out.add(new DateMention(digits.start(m.start()) + offset, digits.end(m.end()) + offset, d.date(), d.spanStart(), d.spanEnd()));
                if (d.first() != null && d.first().length() >= 4) {
                    lastYear = d.first().substring(0, 4);
                }
                if (d.first() != null && d.first().length() == 10) {
                    previous = d.first();
                }
            }
        }
        return out;
    }

    /** The year of the latest date read in the current {@link #find} call, or of the one before it. */
    private String lastYear;
    /** The current {@link #find} call's text, read for the year of the editions it names only when a month-day needs it. */
    private String namedText;
    /** The year the gatherings and honours named in {@link #namedText} are written with, once read, or null. */
    private NamedEditionYear.Edition namedYear;

    private NamedEditionYear.Edition namedYear() {
        if (namedText != null) {
            namedYear = NamedEditionYear.in(namedText);
            namedText = null;
        }
        return namedYear;
    }

    private DateMention resolve(Matcher m, String previous) {
        if (m.group("same") != null) {
            // 1998年5月…。同年9月3日至8日: a month of the year the narrative last dated (次年, 翌年: of the year after);
            // with no year told before, none is made up
            if (lastYear == null) {
                return null;
            }
            int y = Integer.parseInt(lastYear) + (m.group("same").equals("次年") || m.group("same").equals("翌年") ? 1 : 0);
            int mo = num(m, "sm");
            if (m.group("sd") == null) {
                return single(ym(y, mo));
            }
            String first = iso(y, mo, num(m, "sd"));
            return m.group("sd2") == null ? single(first) : span(first, iso(y, mo, num(m, "sd2")));
        }
        if (m.group("ago") != null) {
            // 三十五年前的10月22日, 20年前: counted back from the anchor's year
            Integer ago = m.group("ago").chars().allMatch(Character::isDigit) ? Integer.valueOf(m.group("ago")) : ForumCounts.number(m.group("ago"));
            if (year == null || ago == null || ago < 1) {
                return null;
            }
            int y = year - ago;
            return single(m.group("am") == null ? String.valueOf(y) : iso(y, num(m, "am"), num(m, "ad")));
        }
        if (m.group("y") != null) {
            int y = num(m, "y"), mo = num(m, "m");
            String first = iso(y, mo, num(m, "d"));
            if (m.group("d2") != null) {
                int mo2 = m.group("m2") != null ? num(m, "m2") : mo;
                return span(first, iso(y, mo2, num(m, "d2")));
            }
            return single(first);
        }
        if (m.group("y4") != null) {
            return single(iso(num(m, "y4"), num(m, "m4"), num(m, "d4")));
        }
        if (m.group("rel") != null) {
            if (year == null) {
                return null;
            }
            int y = year + switch (m.group("rel")) {
                case "去年" -> -1;
                case "明年" -> 1;
                default -> 0;
            };
            if (m.group("rm") == null) {
                return single(String.valueOf(y));
            }
            return single(m.group("rd") == null ? ym(y, num(m, "rm")) : iso(y, num(m, "rm"), num(m, "rd")));
        }
        if (m.group("ym") != null) {
            return single(ym(num(m, "ym"), num(m, "mm")));
        }
        if (m.group("m5") != null) {
            // 11月19日,2030甲乙市长论坛在甲市举办: the edition's year in its name dates a day the page leaves yearless
            NamedEditionYear.Edition named = namedYear();
            if (year == null && named == null) {
                return null;
            }
            int mo = num(m, "m5");
            int y = NamedEditionYear.yearOf(year == null ? null : yearOfMonthDay(mo, num(m, "d5")), named);
            String first = iso(y, mo, num(m, "d5"));
            if (m.group("d6") != null) {
                int mo2 = m.group("m6") != null ? num(m, "m6") : mo;
                return span(first, iso(mo2 < mo ? y + 1 : y, mo2, num(m, "d6")));
            }
            return single(first);
        }
        if (m.group("mo1") != null) {
            // 5月, 5月中旬: a month of the anchor's year (of the year before when it lies long after the anchor)
            int mo = num(m, "mo1");
            return year == null ? null : single(ym(yearOfMonthDay(mo, 1), mo));
        }
        if (written && yearOnly() && (m.group("pd") != null || m.group("tw") != null || m.group("wk") != null || m.group("bwd") != null
                || m.group("d7") != null || (m.group("day") != null && !SEQUEL_DAY.matcher(m.group("day")).matches()))) {
            // 今日, 昨(10)日, 15日, 周二 on a page whose year alone is known: the day is of that year, which is all
            // the text supports (a report looks back days, not across a new year); a bare day after a full date of
            // that year goes on in its month (3月4日抵达。5日,…); after a full date of another year (2019年4月3日两市结好。
            // 5日,…) it is of that date's month, which the page's year does not give: unread
            if (m.group("d7") != null && m.group("d8") == null && previous != null && previous.length() == 10) {
                if (!previous.startsWith(year + "-")) {
                    return null;
                }
                LocalDate last = LocalDate.parse(previous);
                int d = num(m, "d7");
                return d < 1 || d > last.lengthOfMonth() ? null : single(last.withDayOfMonth(d).toString());
            }
            return single(String.valueOf(year));
        }
        if (written && year != null && month != null && day == null && (m.group("bwd") != null
                || (m.group("day") != null && m.group("pd") == null && !SEQUEL_DAY.matcher(m.group("day")).matches()))) {
            // 周二, 今天 on a page dated to its month: a day of the week the report looks back on, of that month (a
            // week named as the last one, 上周五, may lie in the month before, and stays unread)
            return single(ym(year, month));
        }
        if (m.group("day") != null) {
            if (m.group("pd") != null) {
                return year == null || month == null ? null : single(iso(year, month, num(m, "pd")));
            }
            String w = m.group("day");
            if ((w.startsWith("当") || w.equals("同日")) && previous != null) {
                return single(previous);
            }
            if (w.equals("次日") || w.equals("翌日")) {
                // the day after the date just reported; with none, the day after what? nothing is made up
                return previous == null ? null : single(LocalDate.parse(previous).plusDays(1).toString());
            }
            if (year == null || month == null || day == null) {
                return null;
            }
            LocalDate a = LocalDate.of(year, month, day);
            // 昨天, 昨晚 …: every day word of 昨 is the day before; 前天, 前日 two days before
            return single((w.startsWith("昨") ? a.minusDays(1) : w.startsWith("前") ? a.minusDays(2) : a).toString());
        }
        if (m.group("this") != null) {
            if (year == null || month == null) {
                return null;
            }
            LocalDate first = LocalDate.of(year, month, 1).minusMonths(m.group("this").startsWith("上") ? 1 : 0);
            String day = iso(first.getYear(), first.getMonthValue(), num(m, "td"));
            // 本月6日至9日, 上月6-9日: a span within this (or last) month, as 6日至9日 is within the narrated one
            return m.group("td2") == null ? single(day) : span(day, iso(first.getYear(), first.getMonthValue(), num(m, "td2")));
        }
        if (m.group("wk") != null) {
            // 上周五, 本周二: a weekday of the anchor's week (Monday to Sunday) or of the week before it
            if (year == null || month == null || day == null) {
                return null;
            }
            LocalDate a = LocalDate.of(year, month, day);
            LocalDate monday = a.minusDays(a.getDayOfWeek().getValue() - 1L).minusWeeks(m.group("wk").startsWith("上") ? 1 : 0);
            return single(monday.plusDays("一二三四五六日天".indexOf(m.group("wd")) == 7 ? 6 : "一二三四五六日天".indexOf(m.group("wd"))).toString());
        }
        if (m.group("bwd") != null) {
            // 周二, 星期五: the latest day of that weekday on or before the anchor, the week a report looks back on
            if (year == null || month == null || day == null) {
                return null;
            }
            LocalDate a = LocalDate.of(year, month, day);
            int wanted = "一二三四五六日天".indexOf(m.group("bwd")) == 7 ? 7 : "一二三四五六日天".indexOf(m.group("bwd")) + 1;
            return single(a.minusDays((a.getDayOfWeek().getValue() - wanted + 7) % 7).toString());
        }
        if (m.group("mon") != null) {
            // 本月初, 上月底, 本月, 上个月: the month is known, the day is not
            if (year == null || month == null) {
                return null;
            }
            LocalDate first = LocalDate.of(year, month, 1).minusMonths(m.group("mon").startsWith("上") ? 1 : 0);
            return single(ym(first.getYear(), first.getMonthValue()));
        }
        if (m.group("tw") != null) {
            // 今(11)日, 昨(10)日: the day is written, the month and year are the anchor's
            return year == null || month == null ? null : single(iso(year, month, num(m, "twd")));
        }
        if (m.group("y0") != null) {
            return single(m.group("y0"));
        }
        if (m.group("d7") != null) {
            if (year == null || month == null) {
                return null;
            }
            // 3月4日至6日访问乙市。5日,…: a bare day goes on in the month the narrative last dated, when that lies
            // near the anchor (a report tells of recent weeks); else it is of the anchor's month
            int y = year, mo = month;
            LocalDate last = recentFullDate(previous);
            if (last != null && num(m, "d7") <= last.lengthOfMonth()) {
                y = last.getYear();
                mo = last.getMonthValue();
            }
            String first = iso(y, mo, num(m, "d7"));
            return m.group("d8") != null ? span(first, iso(y, mo, num(m, "d8"))) : single(first);
        }
        return null;
    }

    /** 当日, 同日, 次日: a day counted from the date the narrative last told, not from the page's. */
    private static final Pattern SEQUEL_DAY = Pattern.compile("当日|当天|当晚|当夜|同日|次日|翌日");

    /** Whether the anchor gives the year and nothing finer. */
    private boolean yearOnly() {
        return year != null && month == null;
    }

    /**
     * How far after the anchor a month and day may fall and still be of the anchor's year: a report published on
     * 3 January that tells of 12月28日 tells of last December (a report tells what happened, and what is planned
     * is no event); a forum opening in a few weeks is still this year's.
     */
    static final int MAX_DAYS_AHEAD = 62;

    /** The date {@code previous} names when it lies within {@link #MAX_DAYS_AHEAD} days of the anchor, else null. */
    private LocalDate recentFullDate(String previous) {
        if (previous == null || previous.length() != 10 || month == null || day == null) {
            return null;
        }
        try {
            LocalDate last = LocalDate.parse(previous);
            long apart = Math.abs(last.toEpochDay() - LocalDate.of(year, month, day).toEpochDay());
            return apart <= MAX_DAYS_AHEAD ? last : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The anchor's year, or the year before when the month and day would fall long after the anchor date. */
    private int yearOfMonthDay(int mo, int d) {
        if (month == null || day == null || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return year;
        }
        try {
            LocalDate anchor = LocalDate.of(year, month, day);
            LocalDate date = LocalDate.of(year, mo, Math.min(d, LocalDate.of(year, mo, 1).lengthOfMonth()));
            return date.toEpochDay() - anchor.toEpochDay() > MAX_DAYS_AHEAD ? year - 1 : year;
        } catch (java.time.DateTimeException e) {
            return year;
        }
    }

    private static DateMention single(String d) {
        return d == null ? null : new DateMention(0, 0, d, null, null);
    }

    private static DateMention span(String a, String b) {
        return a == null || b == null ? null : new DateMention(0, 0, null, a, b);
    }

    private static int num(Matcher m, String g) {
        return Integer.parseInt(m.group(g));
    }

    private static String iso(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        return String.format("%04d-%02d-%02d", y, m, d);
    }

    private static String ym(int y, int m) {
        return m < 1 || m > 12 ? null : String.format("%04d-%02d", y, m);
    }
}

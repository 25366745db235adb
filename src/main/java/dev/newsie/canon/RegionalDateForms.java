package dev.newsie.canon;

import dev.newsie.text.WordEndBeforeMark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date forms of the Taiwan, Hong Kong and Macau press, rewritten into the forms the events stage reads
 * (2019年10月27日, 今日(3日)): Republic-of-China era years (民国108年, and 108年10月27日 in a Taiwan text),
 * the day or year in brackets after 今/昨/前 (今（3）日, 昨(2)日, 今天(3), 今（113）年) and Chinese-numeral dates
 * (今（二十七）日, 二〇一九年十月二十七日, 十月二十七日), a weekday in brackets after a day (11日(週五), dropped) and anniversaries and years so far (结盟二十周年 → 20周年, 结好十五年来 → 15年来). Reads text already in Simplified characters with
 * half-width digits; returns replacements in the shape of {@link RegionalPhraseTable}, left to right.
 */
public final class RegionalDateForms {
    /** The ROC era counts from 1912: 民国1年 is 1912. */
    static final int ROC_EPOCH = 1911;
    private static final String CN_NUM = "[〇○零一二三四五六七八九十百]";
    private static final String CN_DIGIT = "[〇○零一二三四五六七八九]";
    /** The numerals of {@link #CN_NUM} one by one, the words a month's 月 or an anniversary's 周 must follow. */
    private static final List<String> CN_NUMERALS = "〇○零一二三四五六七八九十百".chars()
            .mapToObj(c -> String.valueOf((char) c)).toList();
    /** Some 月 follows a Chinese numeral (十月): the Chinese-numeral dates may match. */
    private static final WordEndBeforeMark NUMERAL_BEFORE_MONTH = new WordEndBeforeMark(CN_NUMERALS, '月');
    /** Some 周 follows a Chinese numeral (二十周年): the anniversaries may match. */
    private static final WordEndBeforeMark NUMERAL_BEFORE_WEEK = new WordEndBeforeMark(CN_NUMERALS, '周');

    private static final Pattern ROC_YEAR = Pattern.compile("(?:中华)?民国\\s*(\\d{1,3}|" + CN_NUM + "{1,5})\\s*年");
    /** 108年10月27日 with no era named: a ROC year only where the text is a Taiwan one (see {@link #find}). */
    private static final Pattern BARE_ROC_YEAR = Pattern.compile("(?<![\\d.\\-/])(\\d{2,3})年(?=\\s*\\d{1,2}\\s*月)");
    private static final Pattern BRACKETED_DAY = Pattern.compile(
            "([今昨前本明])\\s*[（(]\\s*(\\d{1,2}|" + CN_NUM + "{1,3})\\s*[)）]\\s*日");
    /** 今天(23), 昨天（1）: the day after the word for today or yesterday, as Taiwan television and city halls write it. */
    private static final Pattern BRACKETED_DAY_AFTER_WORD = Pattern.compile(
            "([今昨])天\\s*[（(]\\s*(\\d{1,2}|" + CN_NUM + "{1,3})\\s*[)）](?!\\s*日)");
    /** 11日(週五), 3日（星期二）, 5日(一): a weekday in brackets after a day, which no date pattern expects; dropped. */
    private static final Pattern WEEKDAY_AFTER_DAY = Pattern.compile(
            "(?<=日)\\s*[（(](?:星期|礼拜|周)?[一二三四五六日天][)）]");
    /**
     * 昨透过视讯缔盟, 论坛今登场: Taiwan's press writes 昨 and 今 alone before a verb for yesterday and today; read as
     * 昨日 and 今日 in a Taiwan text, except where the character is part of a word (今年, 至今, 今后, 昨晚) or of a
     * Japanese family name or place (今井, 今村, 今治). The time word stands after the subject, before the verb; right
     * after a coordinator or a country (与今治市, 日本今治) the character opens a name.
     */
    private static final Pattern BARE_DAY_WORD = Pattern.compile(
            "(?<![至如迄当现古自从距而与和及同跟、本国])([今昨])(?=\\p{IsHan})(?![年后天日晚朝昔次明冬春夏秋早晨夜生世人届期岁井村川田西野泉治])");
    private static final Pattern BRACKETED_YEAR = Pattern.compile(
            "([今去明本])\\s*[（(]\\s*(\\d{2,4}|" + CN_NUM + "{2,5})\\s*[)）]\\s*年");
    private static final Pattern CN_FULL_DATE = Pattern.compile(
            "(" + CN_DIGIT + "{4})\\s*年\\s*(" + CN_NUM + "{1,2})\\s*月\\s*(" + CN_NUM + "{1,3})\\s*日");
    /**
     * 结盟二十周年, 结好十五年来, 缔盟二十多年以来: a Chinese-numeral anniversary, or count of the years a relation has
     * lasted up to now, which the relation patterns read in digits.
     */
    private static final Pattern CN_YEARS_COUNTED = Pattern.compile(
            "(?<![〇○零一二三四五六七八九十百])(" + CN_NUM + "{1,4})(?=周年|多?年以?来)");
    /**
     * 缔结友好城市关系已满二十年, 与乙缔结友好城市已二十五年, 结好已有十年: the years a twinning has lasted, counted after
     * 已/已满/已有/届满 right behind the twinning's verb or standing (round 20 of issue 9), read in digits as above.
     */
    private static final Pattern CN_YEARS_LASTED = Pattern.compile(
            // the numeral first: one character test at each position instead of the lookbehind's ten words
            "(?=" + CN_NUM + ")(?<=(?:结好|缔盟|结盟|友好城市|友城|姊妹市|姐妹市|姊妹城市|姐妹城市|关系)(?:至今|迄今)?(?:已经|已有|已满|已届|届满|已|满))("
            + CN_NUM + "{1,4})(?=多?个?年)");
    /**
     * 10 日上午, 早在 2018 年底, 去年 5 月: papers that set a space on each side of half-width digits (Taiwan's
     * United Daily News group above all) split a date from its units; the spaces between a number and 年, 月 or 日,
     * and between 年 or 月 and the number after it, are dropped so the date reads as one.
     */
    private static final Pattern SPACE_IN_DATE = Pattern.compile(
            "(?<=\\d)[ \\t\u00A0\u3000]+(?=[年月日])|(?<=[年月])[ \\t\u00A0\u3000]+(?=\\d{1,2}[ \\t\u00A0\u3000]*[月日])");
    private static final Pattern CN_MONTH_DAY = Pattern.compile(
            "(?<![" + "〇○零一二三四五六七八九十" + "])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

    /** A page's date line in the era: 中華民國108年10月27日, 發布日期：108-10-27, 113/10/11. */
    private static final Pattern ERA_DATE_LINE = Pattern.compile(
            "(?:(?:中[华華])?民[国國]\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "|(?<![\\d/.\\-])(\\d{2,3})([-/])(\\d{1,2})\\5(\\d{1,2})(?![\\d/.\\-]))");

    private RegionalDateForms() {
    }

    /**
     * The ISO date of a page's date line written in the ROC era (中華民國108年10月27日 or the numeric 108-10-27 of
     * Taiwan government sites), or null. Reads a line in either script with half-width digits.
     */
    public static String eraDateLine(String line) {
        Matcher m = ERA_DATE_LINE.matcher(line);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            int y = Integer.parseInt(m.group(g)), mo = Integer.parseInt(m.group(g == 1 ? 2 : 6)),
                    d = Integer.parseInt(m.group(g == 1 ? 3 : 7));
            if (y >= 60 && y <= 200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                return String.format("%d-%02d-%02d", ROC_EPOCH + y, mo, d);
            }
        }
        return null;
    }

    /**
     * Replacements for every regional date form in {@code text}. {@code taiwanText} says whether a bare
     * three-digit year before a month (108年10月) is read as a ROC year: only for a Traditional-script text or
     * one that names the era itself, as mainland text never counts years so.
     */
    public static List<RegionalPhraseTable.Replacement> find(String text, boolean taiwanText) {
        List<RegionalPhraseTable.Replacement> out = new ArrayList<>();
        boolean era = text.contains("民国");
        boolean roc = taiwanText || era;
        boolean brackets = text.indexOf('(') >= 0 || text.indexOf('（') >= 0;
        // each pattern runs only where its anchor is in the text: this runs on every page
        Matcher m = ROC_YEAR.matcher(era ? text : "");
        while (m.find()) {
            Integer n = number(m.group(1));
            if (n != null && n >= 1 && n <= 200) {
                add(out, m.start(), m.end(), (ROC_EPOCH + n) + "年");
            }
        }
        if (roc) {
            m = BARE_ROC_YEAR.matcher(text);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 60 && n <= 200) {
                    add(out, m.start(), m.end(), (ROC_EPOCH + n) + "年");
                }
            }
        }
        m = BRACKETED_DAY.matcher(brackets ? text : "");
        while (m.find()) {
            Integer d = number(m.group(2));
            if (d != null && d >= 1 && d <= 31) {
                String word = switch (m.group(1)) {
                    case "昨" -> "昨日";
                    case "前" -> "前天";
                    case "明" -> "";
                    default -> "今日";
                };
                add(out, m.start(), m.end(), word.isEmpty() ? d + "日" : word + "(" + d + "日)");
            }
        }
        m = BRACKETED_DAY_AFTER_WORD.matcher(brackets ? text : "");
        while (m.find()) {
            Integer d = number(m.group(2));
            if (d != null && d >= 1 && d <= 31) {
                add(out, m.start(), m.end(), (m.group(1).equals("昨") ? "昨日" : "今日") + "(" + d + "日)");
            }
        }
        m = BARE_DAY_WORD.matcher(taiwanText ? text : "");
        while (m.find()) {
            add(out, m.start(), m.end(), m.group(1) + "日");
        }
        m = WEEKDAY_AFTER_DAY.matcher(brackets ? text : "");
        while (m.find()) {
            add(out, m.start(), m.end(), "");
        }
        m = BRACKETED_YEAR.matcher(brackets ? text : "");
        while (m.find()) {
            Integer y = number(m.group(2));
            if (y != null) {
                int year = y < 1000 ? ROC_EPOCH + y : y;
                if (year >= 1950 && year <= 2100) {
                    add(out, m.start(), m.end(), year + "年");
                }
            }
        }
        boolean cnMonth = NUMERAL_BEFORE_MONTH.mayOccurIn(text);
        m = CN_FULL_DATE.matcher(cnMonth ? text : "");
        while (m.find()) {
            Integer mo = number(m.group(2)), d = number(m.group(3));
            if (mo != null && d != null && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                add(out, m.start(), m.end(), digits(m.group(1)) + "年" + mo + "月" + d + "日");
            }
        }
        m = CN_MONTH_DAY.matcher(cnMonth ? text : "");
        while (m.find()) {
            Integer mo = number(m.group(1)), d = number(m.group(2));
            if (mo != null && d != null && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                add(out, m.start(), m.end(), mo + "月" + d + "日");
            }
        }
        m = CN_YEARS_COUNTED.matcher(NUMERAL_BEFORE_WEEK.mayOccurIn(text) || text.contains("年来") || text.contains("年以来") ? text : "");
        while (m.find()) {
            Integer n = number(m.group(1));
            if (n != null && n >= 1 && n <= 200) {
                add(out, m.start(), m.end(), String.valueOf(n));
            }
        }
        m = CN_YEARS_LASTED.matcher(text);
        while (m.find()) {
            Integer n = number(m.group(1));
            if (n != null && n >= 1 && n <= 200) {
                add(out, m.start(), m.end(), String.valueOf(n));
            }
        }
        m = SPACE_IN_DATE.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), "");
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Adds a replacement unless it overlaps one already found (the first pattern to claim a span keeps it). */
    private static void add(List<RegionalPhraseTable.Replacement> out, int start, int end, String value) {
        for (RegionalPhraseTable.Replacement r : out) {
            if (start < r.end() && r.start() < end) {
                return;
            }
        }
        out.add(new RegionalPhraseTable.Replacement(start, end, value));
    }

    /** Digits one by one: 二〇一九 → 2019. */
    private static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(digit(c));
        }
        return sb.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }

    /**
     * An Arabic number, or a Chinese numeral up to 999 (二十七, 一百零八, 一〇八 read digit by digit); null when
     * the text is neither.
     */
    static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            return Integer.parseInt(digits(s));
        }
        int total = 0, current = 0;
        for (char c : s.toCharArray()) {
            if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                current = digit(c);
            }
        }
        return total + current;
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    /** Every match of {@code p} in {@code text}: its span and each group's span. */
    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder one = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                one.append(' ').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(one.toString());
        }
        return out;
    }

    @Test
    void theGatedExpressionFindsWhatTheExpressionFinds() {
        // the characters the expression names, digits, and a few it does not: random texts dense in near-dates
        StringBuilder alphabet = new StringBuilder("0123456789 ,，。、(（)）-—–~〜～的市与签约举行日月年");
        DateResolver.EXPR.pattern().chars()
                .filter(c -> c > 0x2000 && alphabet.indexOf(String.valueOf((char) c)) < 0)
                .forEach(c -> alphabet.append((char) c));
        Random random = new Random(58);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(24); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = matches(DateResolver.EXPR, text.toString());
            assertEquals(expected, matches(DateResolver.GATED_EXPR, text.toString()), text.toString());
            found += expected.size();
        }
        assertTrue(found > 5_000, "the random texts hold dates: " + found);
    }

    private static DateResolver.DateMention one(String anchor, String text) {
        List<DateResolver.DateMention> ds = new DateResolver(anchor).find(text, 0, null);
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    @Test
    void aSpanOfWholeYearsIsAPeriodNotADate() {
        assertTrue(new DateResolver(null).find("两县签署2031—2033年阶段人才交流计划", 0, null).isEmpty());
        assertTrue(new DateResolver(null).find("双方商定2031年至2033年的互访安排", 0, null).isEmpty());
        assertEquals("2031", one(null, "双方于2031年商定互访安排").date());
    }

    @Test
    void absoluteDates() {
        assertEquals("2019-03-07", one(null, "2019年3月7日,会议召开").date());
        assertEquals("2019-03-07", one(null, "发布于2019-03-07").date());
    }

    @Test
    void dayOnlyTakesYearAndMonthFromTheAnchor() {
        assertEquals("2022-08-15", one("2022-08-16", "15日,论坛开幕").date());
    }

    @Test
    void aBareDayGoesOnInTheMonthTheNarrativeLastDated() {
        List<DateResolver.DateMention> ds = new DateResolver("2022-08-16").find("7月3日至6日,代表团访问乙市。5日,两市签约。", 0, null);
        assertEquals("2022-07-05", ds.get(1).date());
        ds = new DateResolver("2022-08-16").find("1998年6月3日两市结好。5日,代表团抵达。", 0, null);
        assertEquals("2022-08-05", ds.get(1).date());
    }

    @Test
    void aDateSomeYearsAgoIsCountedBackFromTheAnchorYear() {
        assertEquals("1990-10-22", one("2020-05-01", "三十年前的十月二十二日,两市签约").date());
        assertEquals("2005", one("2025-03-01", "20年前两市结为友城").date());
        assertTrue(new DateResolver(null).find("20年前两市结为友城", 0, null).isEmpty());
    }

    @Test
    void monthAndDayTakeTheAnchorYear() {
        assertEquals("2022-07-03", one("2022-08-16", "7月3日举行").date());
    }

    @Test
    void aMonthAndDayLongAfterTheAnchorAreLastYears() {
        assertEquals("2024-12-28", one("2025-01-03", "12月28日,两市签约").date());
        assertEquals("2025-02-10", one("2025-01-03", "2月10日将开幕").date());
        DateResolver.DateMention span = one("2025-01-03", "12月30日至1月2日举行");
        assertEquals("2024-12-30", span.spanStart());
        assertEquals("2025-01-02", span.spanEnd());
    }

    @Test
    void theDayAfterAndTheDayBeforeYesterday() {
        List<DateResolver.DateMention> ds = new DateResolver("2022-08-16").find("8月10日开幕。次日,两市签约。", 0, null);
        assertEquals("2022-08-11", ds.get(1).date());
        assertEquals("2022-08-14", one("2022-08-16", "前日,代表团抵达").date());
        assertTrue(new DateResolver("2022-08-16").find("次日,两市签约。", 0, null).isEmpty());
    }

    @Test
    void aDayOfThisOrLastMonth() {
        assertEquals("2022-08-05", one("2022-08-16", "本月5日,两市签约").date());
        assertEquals("2021-12-20", one("2022-01-16", "上月20日,两市签约").date());
    }

    @Test
    void aMonthAloneTakesTheAnchorYear() {
        assertEquals("2022-05", one("2022-08-16", "5月中旬,两市签署协议").date());
        assertEquals("2021-11", one("2022-01-16", "11月,两市签署协议").date());
        // the thirds of a month (上旬, 中旬, 下旬) and its start or end date the month, never a made-up day
        assertEquals("2024-09", one("2024-09-12", "甲市市长于9月上旬率团访问乙市").date());
        assertEquals("2023-12", one("2024-01-05", "12月下旬,两市签署协议").date());
        assertEquals("2024-03", one("2024-05-05", "3月底,两市签署协议").date());
        assertTrue(new DateResolver("2022-08-16").find("1—5月进出口增长,签约3个月后", 0, null).isEmpty());
    }

    @Test
    void aSpanWrittenWithAnEnDash() {
        assertEquals("2022-08-19", one("2022-08-16", "8月18–19日举行").spanEnd());
    }

    @Test
    void yesterdayWithExplicitDayInBrackets() {
        assertEquals("2022-08-15", one("2022-08-16", "昨天(15日)下午").date());
        assertEquals("2022-08-15", one("2022-08-16", "昨天下午").date());
    }

    @Test
    void relativeYearsAndMonths() {
        assertEquals("2022-03", one("2022-08-16", "今年3月,两市结好").date());
        assertEquals("2023", one("2022-08-16", "明年将举办").date());
        assertEquals("2021-11", one("2022-08-16", "去年11月").date());
    }

    @Test
    void theDayOfJapanOrTheJapaneseSideIsNoDayWord() {
        DateResolver r = new DateResolver("2031-03-20");
        // 同日本 (with Japan), 当日方 (when the Japanese side), 前日本 (former Japanese): no day of the narrative
        assertEquals(List.of("2028"), r.find("2028年,甲市同日本乙市结为友好城市。", 0, "2030-05-06").stream().map(DateResolver.DateMention::date).toList());
        assertTrue(r.find("当日方代表团抵达时,丙县举行了欢迎会。", 0, "2030-05-06").isEmpty());
        assertTrue(r.find("前日本驻华大使丁某出席。", 0, null).isEmpty());
        assertTrue(r.find("双方同意同日韩两国城市加强往来。", 0, "2030-05-06").isEmpty());
        // the day words themselves still count
        assertEquals(List.of("2030-05-06"), r.find("同日,两市签署备忘录。", 0, "2030-05-06").stream().map(DateResolver.DateMention::date).toList());
    }

    @Test
    void sameDayRefersToTheLastReportedDate() {
        List<DateResolver.DateMention> ds = new DateResolver("2022-08-16").find("8月10日开幕。当日还举行了签约仪式", 0, null);
        assertEquals("2022-08-10", ds.get(1).date());
    }

    @Test
    void spansWithinAndAcrossMonths() {
        DateResolver.DateMention d = one("2022-08-16", "于7月8日至13日举办");
        assertTrue(d.isSpan());
        assertEquals("2022-07-08", d.spanStart());
        assertEquals("2022-07-13", d.spanEnd());
        DateResolver.DateMention e = one("2022-08-16", "7月30日至8月2日");
        assertEquals("2022-08-02", e.spanEnd());
    }

    @Test
    void neverInventsAYear() {
        assertTrue(new DateResolver(null).find("15日,论坛开幕;7月3日举行;今年3月", 0, null).isEmpty());
    }

    @Test
    void todayWithItsDayInBracketsAsTaiwanWritesIt() {
        assertEquals("2024-05-11", one("2024-05-11", "市府今(11)日签约").date());
        assertEquals("2024-05-10", one("2024-05-11", "市长昨(10)日抵达").date());
    }

    @Test
    void aBareDayAfterAnotherYearsDateTakesNotThePagesYear() {
        List<DateResolver.DateMention> ds = new DateResolver("2031").find("2019年4月3日两市结好。5日,双方互赠礼物。", 0, null);
        assertEquals(1, ds.size(), ds.toString());
        ds = new DateResolver("2031").find("2031年2月3日代表团抵达。30日,双方互赠礼物。", 0, null);
        assertEquals(1, ds.size(), ds.toString());
    }

    @Test
    void aYearOnlyImpliedByTheTextDatesNoDay() {
        // an undated page whose text names a year (自2003年结好以来): that year is no date of today's act
        assertTrue(new DateResolver("2003", false).find("甲县今日与乙市签署协议", 0, null).isEmpty());
    }

    @Test
    void aDayOnAPageWhoseYearAloneIsKnownIsOfThatYear() {
        assertEquals("2031", one("2031", "甲县今日(8日)与乙市结盟").date());
        assertEquals("2031", one("2031", "昨天,丙市为几位友人举办了一场颁奖活动").date());
        assertEquals("2031", one("2031", "论坛17日上午登场").date());
        assertEquals("2031", one("2031", "两市周三在甲市签署协议").date());
        List<DateResolver.DateMention> ds = new DateResolver("2031").find("2031年4月3日代表团抵达。5日,两市签约。", 0, null);
        assertEquals("2031-04-05", ds.get(1).date());
        assertTrue(new DateResolver("2031").find("同日,两市签约。", 0, null).isEmpty());
    }

    @Test
    void aWeekdayOrTodayOnAPageDatedToItsMonthIsOfThatMonth() {
        assertEquals("2031-04", one("2031-04", "两市市长周四在甲市签署备忘录").date());
        assertEquals("2031-04", one("2031-04", "今天,代表团抵达乙市").date());
        assertTrue(new DateResolver("2031-04").find("同日,两市签约。", 0, null).isEmpty());
    }

    @Test
    void theSameDayIsTheDateJustReported() {
        List<DateResolver.DateMention> ds = new DateResolver("2024-05-20").find("5月18日开幕。同日,两市签约。", 0, null);
        assertEquals("2024-05-18", ds.get(1).date());
    }

    @Test
    void aDateInNumeralsIsResolvedAndPlacedInTheOriginalText() {
        String text = "两市于三月二十一日签署协议。";
        DateResolver.DateMention d = one("2021-03-25", text);
        assertEquals("2021-03-21", d.date());
        assertEquals("三月二十一日", text.substring(d.start(), d.end()));
    }

    @Test
    void aWeekdayOfThisOrLastWeek() {
        // 2025-06-10 is a Tuesday
        assertEquals("2025-06-06", one("2025-06-10", "上周五,两市签署协议").date());
        assertEquals("2025-06-08", one("2025-06-10", "上星期日,两市签署协议").date());
        assertEquals("2025-06-09", one("2025-06-10", "本周一,两市签署协议").date());
        assertTrue(new DateResolver("2025-06").find("上周五,两市签署协议", 0, null).isEmpty());
    }

    @Test
    void aBareWeekdayIsTheLatestSuchDayOnOrBeforeThePublication() {
        // 2025-06-10 is a Tuesday
        assertEquals("2025-06-10", one("2025-06-10", "某省政府周二举行仪式").date());
        assertEquals("2025-06-06", one("2025-06-10", "星期五上午,两市签署协议").date());
        assertEquals("2025-06-08", one("2025-06-10", "两市周日在某市签署协议").date());
        assertEquals("2025-06-09", one("2025-06-10", "论坛周一于某市开幕").date());
        assertTrue(new DateResolver("2025-06-10").find("两市每周二举行例会", 0, null).isEmpty());
        assertTrue(new DateResolver("2025-06-10").find("两市将于下周二签署协议", 0, null).isEmpty());
    }

    @Test
    void theBeginningOrEndOfThisOrLastMonthIsTheMonth() {
        assertEquals("2025-06", one("2025-06-10", "本月初,两市签署协议").date());
        assertEquals("2025-05", one("2025-06-10", "上月底,两市签署协议").date());
        assertEquals("2024-12", one("2025-01-03", "上月中旬,两市签署协议").date());
    }

    @Test
    void theSameYearOrTheYearAfterCountsFromTheYearLastTold() {
        DateResolver r = new DateResolver("2016-03-01");
        List<DateResolver.DateMention> ds = r.find("1998年5月,甲市代表团访问乙市。同年9月3日至8日,两市举办了交流活动。", 0, null);
        assertEquals("1998-09-03", ds.get(1).spanStart());
        assertEquals("1998-09-08", ds.get(1).spanEnd());
        assertEquals("1999-04", r.find("1998年5月,甲市代表团访问乙市。次年4月,两市签约。", 0, null).get(1).date());
        assertTrue(new DateResolver("2016-03-01").find("同年4月,两市签约。", 0, null).isEmpty());
    }

    @Test
    void lastMonthWrittenWith个IsTheMonthBefore() {
        assertEquals("2031-02", one("2031-03-05", "上个月,甲会议在乙市举行").date());
        assertEquals("2030-12", one("2031-01-05", "上个月底,两市签约").date());
    }
}

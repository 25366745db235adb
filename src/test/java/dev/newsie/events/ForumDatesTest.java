package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up forum dates. */
class ForumDatesTest {
    @Test
    void anOpeningAndAClosingDayAreASpan() {
        ForumExtractor.Forum f = new ForumExtractor.Forum();
        f.openDate = "2024-10-14";
        f.closeDate = "2024-10-16";
        ForumDates.finishDates(f);
        assertEquals("2024-10-14", f.b.build().start());
        assertEquals("2024-10-16", f.b.build().end());
        assertNull(f.b.date());
    }

    @Test
    void aForumLastingThreeDaysSpansFromItsOpening() {
        ForumExtractor.Forum f = new ForumExtractor.Forum();
        f.openDate = "2024-10-14";
        f.days = 3;
        ForumDates.finishDates(f);
        assertEquals("2024-10-14", f.b.build().start());
        assertEquals("2024-10-16", f.b.build().end());
    }

    @Test
    void theLengthInDaysIsRead() {
        var m = ForumDates.LASTS.matcher("为期三天的论坛");
        m.find();
        assertEquals("三", m.group(1));
    }

    @Test
    void todayAndTomorrowAreTheReportsDayAndTheNext() {
        String[] span = ForumDates.twoDaysAroundToday("青河白山双城论坛今、明两天在白山举行。", "2024-11-30");
        assertEquals("2024-11-30", span[0]);
        assertEquals("2024-12-01", span[1]);
        assertEquals("2024-11-29", ForumDates.twoDaysAroundToday("论坛昨、今两天在白山举行。", "2024-11-30")[0]);
        assertNull(ForumDates.twoDaysAroundToday("论坛今天在白山举行。", "2024-11-30"));
    }

    @Test
    void consecutiveDaysListedUnderOne日AreASpan() {
        String[] span = ForumDates.listedDays("青河白山双城论坛27、28日在白山登场。", "2024-11-28");
        assertEquals("2024-11-27", span[0]);
        assertEquals("2024-11-28", span[1]);
        assertNull(ForumDates.listedDays("两市代表5、9日分别在白山会面。", "2024-11-09"));
    }

    @Test
    void aDateOpeningAPeriodIsNotTheSessions() {
        String t = "该会议自2020年之后停办多年,今年再次举办。";
        int at = t.indexOf("2020年");
        assertEquals(true, ForumDates.opensAPeriod(t, at, at + 5));
        String u = "甲乙论坛自2019年在白山首办后,成为两地往来的渠道。";
        int at2 = u.indexOf("2019年");
        assertEquals(true, ForumDates.opensAPeriod(u, at2, at2 + 5));
        String v = "甲乙论坛2019年在白山举行。";
        int at3 = v.indexOf("2019年");
        assertEquals(false, ForumDates.opensAPeriod(v, at3, at3 + 5));
    }

    @Test
    void theOpeningDayReplacesAYearGivenEarlier() {
        ForumExtractor.Forum f = new ForumExtractor.Forum();
        f.b.date("2022");
        f.openDate = "2026-08-03";
        ForumDates.finishDates(f);
        assertEquals("2026-08-03", f.b.date());
    }
}

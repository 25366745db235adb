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
}

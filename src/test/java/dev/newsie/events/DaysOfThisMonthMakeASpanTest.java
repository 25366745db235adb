package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 本月6日-9日, 上月6至9日: two days under 本月/上月 are a span in that month, as 6日至9日 is in the narrated one. */
class DaysOfThisMonthMakeASpanTest {
    private static DateResolver.DateMention one(String anchor, String text) {
        List<DateResolver.DateMention> ds = new DateResolver(anchor).find(text, 0, null);
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    @Test
    void twoDaysOfThisMonthAreASpan() {
        DateResolver.DateMention d = one("2031-12-14", "本月6日-9日,甲组织理事会会议在襄阳召开");
        assertEquals("2031-12-06", d.spanStart());
        assertEquals("2031-12-09", d.spanEnd());
    }

    @Test
    void twoDaysOfLastMonthWithOneDayWordAreASpan() {
        DateResolver.DateMention d = one("2032-01-05", "上月28至30日,论坛在烟台举行");
        assertEquals("2031-12-28", d.spanStart());
        assertEquals("2031-12-30", d.spanEnd());
    }

    @Test
    void oneDayOfThisMonthStaysADay() {
        DateResolver.DateMention d = one("2031-12-14", "本月6日,两市签约");
        assertEquals("2031-12-06", d.date());
        assertNull(d.spanStart());
    }
}

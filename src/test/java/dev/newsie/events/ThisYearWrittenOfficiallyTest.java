package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 本年 + month (this year, in official releases) dates in the page's year; 日本年轻人 holds no date (made-up text). */
class ThisYearWrittenOfficiallyTest {
    @Test
    void thisYearBeforeAMonthIsThePagesYear() {
        List<DateResolver.DateMention> ds = new DateResolver("2023-03-09").find("知事决定于本年3月9日来访并签署协定", 0, null);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("2023-03-09", ds.get(0).date());
    }

    @Test
    void japaneseYouthIsNoDate() {
        assertTrue(new DateResolver("2023-03-09").find("日本年轻人来访", 0, null).isEmpty());
    }
}

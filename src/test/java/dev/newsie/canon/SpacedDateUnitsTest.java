package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentences set with a space on each side of half-width digits: the date reads as one once the spaces
 * between a number and its unit (年, 月, 日) are dropped; other spaced numbers stay as they are.
 */
class SpacedDateUnitsTest {
    @Test
    void aSpacedDayJoinsItsUnit() {
        assertEquals("市长 10日上午于市府颁奖给松本市长", RegionalDateFormsTest.rewrite("市長 10 日上午於市府頒獎給松本市長", true));
    }

    @Test
    void aSpacedYearAndMonthJoinTheirUnits() {
        assertEquals("早在 2018年底,两市签署协定", RegionalDateFormsTest.rewrite("早在 2018 年底,兩市簽署協定", true));
        assertEquals("去年5月开航,2023年11月5日签约", RegionalDateFormsTest.rewrite("去年 5 月開航,2023 年 11 月 5 日簽約", false));
    }

    @Test
    void otherSpacedNumbersStay() {
        assertEquals("第 16 届论坛有 300 人出席", RegionalDateFormsTest.rewrite("第 16 屆論壇有 300 人出席", true));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A blank set between Chinese words and a number (自 1995 年起) is typography: the text reads as written solid. */
class HanDigitSpacingTest {
    @Test
    void blanksBetweenHanAndDigitsAreTypography() {
        String t = "自 1995 年起";
        assertTrue(HanDigitSpacing.at(t, 1));
        assertTrue(HanDigitSpacing.at(t, 6));
        String m = "2012 年4 月";
        assertTrue(HanDigitSpacing.at(m, 4));
        assertTrue(HanDigitSpacing.at(m, 7));
        assertTrue(HanDigitSpacing.at("自 1995年起", 1)); // after a preposition of time
    }

    @Test
    void otherBlanksStay() {
        assertFalse(HanDigitSpacing.at("烟台 松本", 2));
        assertFalse(HanDigitSpacing.at("2012 05", 4));
        assertFalse(HanDigitSpacing.at("Salt Lake 盐湖城", 9));
        assertFalse(HanDigitSpacing.at("2012 ", 4));
        assertFalse(HanDigitSpacing.at("亚洲 1983年7月28日", 2)); // a table's cell border
        assertFalse(HanDigitSpacing.at("1 奈良市", 1));
    }

    @Test
    void aTwinningYearWrittenWithBlanksIsTheStart() {
        Set<String> r = relationKeys(run("烟台和松本自 1995 年起结为友好城市。", "2020-06-30"));
        assertTrue(r.contains("松本-烟台@1995"), r.toString());
    }
}

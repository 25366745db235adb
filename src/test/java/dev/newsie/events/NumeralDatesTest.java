package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up phrases with dates in Chinese numerals. */
class NumeralDatesTest {
    @Test
    void monthDayAndTheEndOfASpan() {
        assertEquals("论坛于8月19日至20日举行", NumeralDates.toDigits("论坛于八月十九日至二十日举行"));
    }

    @Test
    void yearWrittenDigitByDigit() {
        assertEquals("2024年11月5日", NumeralDates.toDigits("二〇二四年十一月五日"));
    }

    @Test
    void aLoneCountOfDaysIsLeftAlone() {
        assertEquals("活动一连三日", NumeralDates.toDigits("活动一连三日"));
    }

    @Test
    void anImpossibleMonthIsLeftAlone() {
        assertEquals("十三月五日", NumeralDates.toDigits("十三月五日"));
    }

    @Test
    void eachDigitKnowsWhereInTheOriginalItCameFrom() {
        NumeralDates.Digits d = NumeralDates.withOrigins("甲于十月九日至二十一日到访");
        assertEquals("甲于10月9日至21日到访", d.text());
        int from = d.text().indexOf("10"), to = d.text().indexOf("到");
        assertEquals(2, d.start(from));
        assertEquals("十月九日至二十一日", "甲于十月九日至二十一日到访".substring(d.start(from), d.end(to)));
    }
}

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
}

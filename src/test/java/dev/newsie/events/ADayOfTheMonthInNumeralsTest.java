package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up phrases and reports: a day of the month written alone in Chinese numerals (十六日签署) is a date. */
class ADayOfTheMonthInNumeralsTest {
    @Test
    void aDayOfTenOrMoreAloneIsWrittenInDigits() {
        assertEquals("两市16日签署备忘录", NumeralDates.toDigits("两市十六日签署备忘录"));
        assertEquals("会议于31日召开", NumeralDates.toDigits("会议于三十一日召开"));
    }

    @Test
    void countsOfDaysAndNounsCountedAreLeftAlone() {
        assertEquals("活动为期十日", NumeralDates.toDigits("活动为期十日"));
        assertEquals("一连二十日", NumeralDates.toDigits("一连二十日"));
        assertEquals("参加十日游", NumeralDates.toDigits("参加十日游"));
        assertEquals("约二十日本企业参展", NumeralDates.toDigits("约二十日本企业参展"));
        assertEquals("活动一连三日", NumeralDates.toDigits("活动一连三日"));
    }

    @Test
    void theSigningIsDatedByItsNumeralDay() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                福山区与松本市签署备忘录

                烟台市福山区与日本长野县松本市十六日签署交流合作备忘录。
                """, "2025-12-17"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("2025-12-16", s.get(0).date());
    }
}

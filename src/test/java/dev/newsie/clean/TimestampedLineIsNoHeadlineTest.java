package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outlet's or reporter's line with a date and a clock time under the headline (某报/某记者 2024.12.04 14:29,
 * 2018年 09月 10日 23:52 某商报, 某日报 2018-05-20 02:20 大字) shares the lead's year by chance; it is never taken for
 * the headline, which stays (made-up pages).
 */
class TimestampedLineIsNoHeadlineTest {
    private static Article clean(String... lines) {
        return new TextDumpCleaner(LineClassifier.load()).clean(DecodedPage.ofText("p", String.join("\n", lines), RawPage.Kind.TEXT));
    }

    private static final String LEAD = "白州市政府今(4)日宣布,2024白州国际城市论坛于今日在白州举行,来自12个国家的80名代表出席。";

    @Test
    void anOutletAndReporterLineWithATimestamp() {
        Article a = clean("白州双城论坛登场 签署两项备忘录", "", "青河晚报/某记者 2024.12.04 14:29", "", LEAD);
        assertEquals("白州双城论坛登场 签署两项备忘录", a.title());
        assertTrue(a.body().text().startsWith("白州双城论坛登场"), a.body().text());
    }

    @Test
    void aSpacedDateBeforeTheOutletAndAFontWidgetAfterIt() {
        assertEquals("白州双城论坛登场 签署两项备忘录",
                clean("白州双城论坛登场 签署两项备忘录", "2024年 12月 04日 23:52    青河商报", LEAD).title());
        assertEquals("白州双城论坛登场 签署两项备忘录",
                clean("白州双城论坛登场 签署两项备忘录", "青河日报 2024-12-04 02:20 大字", LEAD).title());
    }

    @Test
    void aHeadlineWithADateButNoClockIsStillAHeadline() {
        assertEquals(List.of(0), HeadlineFilter.keep(List.of("2024.12.04 白州国际城市论坛举行"), LEAD));
    }
}

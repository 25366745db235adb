package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataExtractorTest {
    @Test
    void readsGregorianAndTaiwanEraDateLines() {
        assertEquals("2021-05-14", MetadataExtractor.findDate(List.of("市政新聞", "2021/05/14 18:20")));
        assertEquals("2019-10-27", MetadataExtractor.findDate(List.of("市政新聞", "發布日期：中華民國108年10月27日")));
        assertEquals("2024-03-05", MetadataExtractor.findDate(List.of("更新日期：113-03-05")));
    }

    @Test
    void aTwelveHourClockBeforeTheDateMarksItDayFirst() {
        assertEquals("2025-06-03", MetadataExtractor.findDate(List.of("发布: 8:56pm 03/06/2025")));
        assertEquals("2025-12-01", MetadataExtractor.findDate(List.of("發布: 10:05AM 01/12/2025")));
    }
}

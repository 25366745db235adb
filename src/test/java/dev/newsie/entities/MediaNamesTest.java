package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up lines for outlets named in title marks and on a source line of their own. */
class MediaNamesTest {
    private static List<String> names(String text) {
        return MediaNames.recognize(text).stream().map(Candidate::name).toList();
    }

    @Test
    void newspaperInTitleMarksIsAnOutlet() {
        assertEquals(List.of("青河侨报"), names("据智利《青河侨报》报道,聚会在圣地亚哥举行。"));
    }

    @Test
    void bookOrReportInTitleMarksIsNone() {
        assertEquals(List.of(), names("会上发布了《青河发展报告》和《友城故事》。"));
    }

    @Test
    void sourceLineOfAnOutletAloneIsAnOutlet() {
        assertEquals(List.of("青河新闻网"), names("日期:2024-01-02\n\n青河新闻网\n\n青河市持续推动交流。青河新闻网报道。"));
    }

    @Test
    void creditedSourceIsTakenWholeWithItsPlaceWord() {
        assertEquals(List.of("多彩青河网"), names("时间:2024-01-02 来源:多彩青河网\n\n青河市持续推动交流。"));
    }

    @Test
    void creditedSourceThatIsNoOutletIsNone() {
        assertEquals(List.of(), names("来源:市政府外办\n\n青河市持续推动交流。"));
    }
}

package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import dev.newsie.pipeline.StageException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleaningStageTest {
    private final CleaningStage stage = new CleaningStage(LineClassifier.load());

    @Test
    void nonChinesePageIsAnErrorNamingTheReason() {
        String en = "<html><body><h1>Town twinning</h1><p>" + "The cities signed an agreement, said the mayor. ".repeat(20) + "</p></body></html>";
        StageException e = assertThrows(StageException.class, () -> stage.clean(DecodedPage.ofText("p", en, RawPage.Kind.HTML)));
        assertTrue(e.getMessage().contains("not a Chinese page"), e.getMessage());
    }

    @Test
    void junkOnlyPageIsAnError() {
        String junk = "<html><body><ul>" + "<li><a href='/x'>某地新闻标题链接文字很多很多</a></li>".repeat(30) + "</ul></body></html>";
        StageException e = assertThrows(StageException.class, () -> stage.clean(DecodedPage.ofText("p", junk, RawPage.Kind.HTML)));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }
}

package dev.newsie.serve;

import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.pipeline.ArticleExtractor;
import dev.newsie.pipeline.PagePipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionServiceTest {
    private static final ServeSettings SETTINGS = new ServeSettings("127.0.0.1", 0, 1, 0, 1 << 20, 5_000, 1_000);

    private static RawPage page(String id, String text) {
        return new RawPage(id, null, text.getBytes(StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.TEXT, null);
    }

    @Test
    void stageFailureBecomesAnErrorRecordNamingTheStage() throws Exception {
        ExtractionService service = new ExtractionService(() -> new PagePipeline(ArticleExtractor.NONE, 1 << 20), SETTINGS, new ServiceMetrics());
        service.loading().get(60, TimeUnit.SECONDS);
        ArticleRecord r = service.await(service.submit(page("empty", "")));
        assertEquals("decode", r.errors().get(0).stage());
        assertTrue(r.errors().get(0).reason().contains("empty page"));
        service.close();
    }

    @Test
    void extractorCrashBecomesAnInternalErrorRecord() throws Exception {
        ArticleExtractor crashing = (article, text) -> {
            throw new IllegalStateException("boom");
        };
        ExtractionService service = new ExtractionService(() -> new PagePipeline(crashing, 1 << 20), SETTINGS, new ServiceMetrics());
        service.loading().get(60, TimeUnit.SECONDS);
        ArticleRecord r = service.await(service.submit(page("p", dev.newsie.TestPages.ARTICLE_P1)));
        assertEquals("extract", r.errors().get(0).stage(), "the Stage contract attributes the failure: " + r.errors());
        service.close();
    }

    @Test
    void noSlotLeftMeansBusyAndTheSlotComesBackWhenThePageIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ArticleExtractor blocking = (article, text) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dev.newsie.pipeline.Extraction.EMPTY;
        };
        ExtractionService service = new ExtractionService(() -> new PagePipeline(blocking, 1 << 20), SETTINGS, new ServiceMetrics());
        service.loading().get(60, TimeUnit.SECONDS);
        ExtractionService.Pending first = service.submit(page("a", dev.newsie.TestPages.ARTICLE_P1));
        assertThrows(ServiceBusyException.class, () -> service.submit(page("b", dev.newsie.TestPages.ARTICLE_P1)));
        release.countDown();
        assertTrue(service.await(first).errors().isEmpty());
        ExtractionService.Pending again = service.submitWaiting(page("c", dev.newsie.TestPages.ARTICLE_P1), 5_000);
        assertEquals("c", service.await(again).id());
        service.close();
    }
}

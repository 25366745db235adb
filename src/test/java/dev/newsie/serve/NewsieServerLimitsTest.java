package dev.newsie.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.pipeline.ArticleExtractor;
import dev.newsie.pipeline.Extraction;
import dev.newsie.pipeline.PagePipeline;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits a public-facing service needs, each on its own small server whose extractor is slow on purpose:
 * body size (413), bounded queue (503 + Retry-After), per-page time limit, readiness, graceful shutdown.
 */
class NewsieServerLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PAGE = "新华社杭州3月5日电 杭州市与葡萄牙波尔图市签署建立友好城市关系协议书。".getBytes(StandardCharsets.UTF_8);

    /** An extractor that takes {@code millis} per page and finds nothing. */
    private static PagePipeline slowPipeline(long millis) {
        ArticleExtractor slow = (article, text) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Extraction.EMPTY;
        };
        return new PagePipeline(slow, 8L << 20);
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        try (NewsieServer server = TestServers.start(() -> slowPipeline(0), TestServers.settings(1, 1, 1000, 10_000))) {
            HttpResponse<String> r = TestServers.post(server, "/v1/extract", "text/plain", new byte[5000]);
            assertEquals(413, r.statusCode());
            assertTrue(r.body().contains("exceeds the limit of 1000 bytes"), r.body());
            HttpResponse<String> ok = TestServers.post(server, "/v1/extract", "text/plain", PAGE);
            assertEquals(200, ok.statusCode(), "a body under the limit still passes: " + ok.body());
        }
    }

    @Test
    void batchLineOverTheLimitIsAnErrorRecordNotAFailedBatch() throws Exception {
        try (NewsieServer server = TestServers.start(() -> slowPipeline(0), TestServers.settings(1, 1, 200, 10_000))) {
            String lines = "{\"id\": \"a\", \"text\": \"杭州市与波尔图市\"}\n{\"id\": \"b\", \"text\": \"" + "长".repeat(300) + "\"}\n";
            HttpResponse<String> r = TestServers.post(server, "/v1/extract/batch", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            List<String> out = r.body().lines().toList();
            assertEquals(2, out.size());
            assertTrue(JSON.readTree(out.get(1)).get("errors").get(0).get("reason").asText().contains("exceeds the limit of 200 bytes"));
        }
    }

    @Test
    void floodOfConcurrentRequestsBeyondTheQueueGets503WithRetryAfter() throws Exception {
        try (NewsieServer server = TestServers.start(() -> slowPipeline(1500), TestServers.settings(1, 1, 8L << 20, 30_000))) {
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                flood.add(TestServers.CLIENT.sendAsync(TestServers.postRequest(server, "/v1/extract", "text/plain", PAGE),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int ok = 0, busy = 0;
            for (CompletableFuture<HttpResponse<String>> f : flood) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(503, r.statusCode(), r.body());
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");
                    assertTrue(JSON.readTree(r.body()).get("error").get("message").asText().contains("server busy"), r.body());
                    busy++;
                }
            }
            assertTrue(ok >= 1 && ok <= 2, "one working and one waiting at most were admitted: " + ok);
            assertEquals(8, ok + busy);
        }
    }

    @Test
    void pageOverTheTimeLimitBecomesAnErrorRecordInsteadOfAHungRequest() throws Exception {
        try (NewsieServer server = TestServers.start(() -> slowPipeline(3000), TestServers.settings(1, 2, 8L << 20, 300))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestServers.post(server, "/v1/extract?id=slow", "text/plain", PAGE);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            JsonNode err = JSON.readTree(r.body()).get("errors").get(0);
            assertEquals("extract", err.get("stage").asText());
            assertTrue(err.get("reason").asText().contains("time limit of 300 ms"), r.body());
            assertTrue(millis < 2500, "answered at the limit, not when the page finished: " + millis + " ms");
            // The late page's worker is interrupted (its sleep ends), so the slot comes back long before 3 s.
            boolean freed = false;
            for (int i = 0; i < 50 && !freed; i++) {
                freed = TestServers.get(server, "/metrics").body().contains("newsie_pages_admitted 0.0");
                Thread.sleep(20);
            }
            assertTrue(freed, "slot released after the interrupt");
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2500);
        }
    }

    @Test
    void healthAndExtractSay503UntilTheModelsAreLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ServeSettings settings = TestServers.settings(1, 1, 8L << 20, 10_000);
        ServiceMetrics metrics = new ServiceMetrics();
        ExtractionService service = new ExtractionService(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return slowPipeline(0);
        }, settings, metrics);
        try (NewsieServer server = new NewsieServer(service, metrics, settings, "test").start()) {
            HttpResponse<String> health = TestServers.get(server, "/v1/health");
            assertEquals(503, health.statusCode());
            assertEquals("loading", JSON.readTree(health.body()).get("status").asText());
            HttpResponse<String> early = TestServers.post(server, "/v1/extract", "text/plain", PAGE);
            assertEquals(503, early.statusCode());
            assertTrue(early.body().contains("still loading"), early.body());
            release.countDown();
            service.loading().get(30, TimeUnit.SECONDS);
            assertEquals(200, TestServers.get(server, "/v1/health").statusCode());
        }
    }

    @Test
    void shutdownFinishesTheRequestInFlight() throws Exception {
        NewsieServer server = TestServers.start(() -> slowPipeline(1500), TestServers.settings(1, 1, 8L << 20, 30_000));
        CompletableFuture<HttpResponse<String>> inFlight = TestServers.CLIENT.sendAsync(
                TestServers.postRequest(server, "/v1/extract?id=in-flight", "text/plain", PAGE), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(400);
        server.close();
        HttpResponse<String> r = inFlight.get(30, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("in-flight", JSON.readTree(r.body()).get("id").asText());
        assertEquals(0, JSON.readTree(r.body()).get("errors").size(), r.body());
    }
}

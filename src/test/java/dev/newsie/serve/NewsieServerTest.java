package dev.newsie.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPages;
import dev.newsie.TestPipelines;
import dev.newsie.ingest.FileSource;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.ResumeState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint of a real server (default extractor) called over HTTP on a free loopback port. */
class NewsieServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static NewsieServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestPipelines::extracting, TestServers.settings(2, 8, 8L << 20, 60_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void singlePageRecordsAreTheBytesTheCliWritesForEachCorpusPage() throws Exception {
        for (Path page : corpus()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new BatchRunner(TestPipelines.extracting(), new BatchRunner.Options(1, 60_000, false))
                    .run(List.of(new FileSource(page)), ResumeState.none(),
                            new dev.newsie.pipeline.RecordWriter(bytes, "memory"));
            String cli = bytes.toString(StandardCharsets.UTF_8);
            String id = page.getFileName().toString().replace(".txt", "");
            String query = "?id=" + id + "&url=" + URLEncoder.encode(page.toUri().toString(), StandardCharsets.UTF_8);
            HttpResponse<String> r = TestServers.post(server, "/v1/extract" + query, "text/plain", Files.readAllBytes(page));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(cli.toString().strip(), r.body(), "record of " + page);
        }
    }

    @Test
    void htmlBodyHonoursTheCharsetOfItsContentType() throws Exception {
        byte[] gbk = TestPages.newsPage(null).getBytes(Charset.forName("GBK"));
        HttpResponse<String> r = TestServers.post(server, "/v1/extract?id=gbk-page", "text/html; charset=GBK", gbk);
        JsonNode rec = JSON.readTree(r.body());
        assertEquals(200, r.statusCode());
        // The decoder reads GBK as its superset GB18030.
        assertTrue(rec.get("charset").asText().startsWith("GB"), rec.get("charset").asText());
        assertTrue(rec.get("text").asText().contains("波尔图"), rec.toString());
        assertTrue(r.body().contains("\"name\":\"波尔图\""), "entity extracted: " + r.body());
    }

    @Test
    void jsonObjectRequestGivesTheRecordOfItsText() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("id", "j1", "url", "https://example.org/j1",
                "text", TestPages.ARTICLE_P1 + "\n\n" + TestPages.ARTICLE_P2));
        HttpResponse<String> r = TestServers.post(server, "/v1/extract", "application/json", body.getBytes(StandardCharsets.UTF_8));
        JsonNode rec = JSON.readTree(r.body());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("j1", rec.get("id").asText());
        assertEquals("https://example.org/j1", rec.get("uri").asText());
        assertTrue(rec.get("relations").size() > 0, "the sister-city relation: " + r.body());
    }

    @Test
    void rawBodyWithoutAnIdGetsOneDerivedFromItsContent() throws Exception {
        byte[] body = TestPages.ARTICLE_P1.getBytes(StandardCharsets.UTF_8);
        String a = JSON.readTree(TestServers.post(server, "/v1/extract", "text/plain", body).body()).get("id").asText();
        String b = JSON.readTree(TestServers.post(server, "/v1/extract", "text/plain", body).body()).get("id").asText();
        assertTrue(a.matches("page-[0-9a-f]{16}"), a);
        assertEquals(a, b);
    }

    @Test
    void batchStreamsOneRecordPerLineInInputOrderWithErrorRecords() throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Path page : corpus()) {
            String id = page.getFileName().toString().replace(".txt", "");
            ids.add(id);
            lines.add(JSON.writeValueAsString(java.util.Map.of("id", id, "text", Files.readString(page))));
        }
        lines.add("{not json");
        lines.add("");
        lines.add("{\"id\": \"empty\"}");
        HttpResponse<String> r = TestServers.post(server, "/v1/extract/batch", "application/x-ndjson",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> out = r.body().lines().toList();
        assertEquals(ids.size() + 2, out.size(), "one record per non-blank line");
        for (int i = 0; i < ids.size(); i++) {
            JsonNode rec = JSON.readTree(out.get(i));
            assertEquals(ids.get(i), rec.get("id").asText());
            assertEquals(0, rec.get("errors").size());
        }
        JsonNode malformed = JSON.readTree(out.get(ids.size()));
        assertEquals("ingest", malformed.get("errors").get(0).get("stage").asText());
        assertTrue(malformed.get("errors").get(0).get("reason").asText().contains("malformed JSON"));
        JsonNode empty = JSON.readTree(out.get(ids.size() + 1));
        assertEquals("empty", empty.get("id").asText());
        assertTrue(empty.get("errors").get(0).get("reason").asText().contains("neither 'html' nor 'text'"));
    }

    @Test
    void malformedJsonIsAClearBadRequest() throws Exception {
        HttpResponse<String> r = TestServers.post(server, "/v1/extract", "application/json", "{\"id\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        JsonNode err = JSON.readTree(r.body()).get("error");
        assertEquals(400, err.get("status").asInt());
        assertTrue(err.get("message").asText().startsWith("malformed JSON"), r.body());
    }

    @Test
    void jsonObjectWithoutContentIsABadRequest() throws Exception {
        HttpResponse<String> r = TestServers.post(server, "/v1/extract", "application/json", "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("neither 'html' nor 'text'"), r.body());
    }

    @Test
    void unsupportedContentTypeIs415() throws Exception {
        HttpResponse<String> r = TestServers.post(server, "/v1/extract", "image/png", new byte[]{1, 2, 3});
        assertEquals(415, r.statusCode());
        assertTrue(r.body().contains("text/html, text/plain or application/json"), r.body());
    }

    @Test
    void emptyBatchIsABadRequest() throws Exception {
        HttpResponse<String> r = TestServers.post(server, "/v1/extract/batch", "application/x-ndjson", "\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("empty batch"), r.body());
    }

    @Test
    void healthIsReadyOnceModelsAreLoaded() throws Exception {
        HttpResponse<String> r = TestServers.get(server, "/v1/health");
        assertEquals(200, r.statusCode());
        assertEquals("ready", JSON.readTree(r.body()).get("status").asText());
    }

    @Test
    void versionNamesTheBuildAndBackend() throws Exception {
        JsonNode v = JSON.readTree(TestServers.get(server, "/v1/version").body());
        assertEquals("newsie", v.get("name").asText());
        assertEquals(NewsieServer.VERSION, v.get("version").asText());
        assertEquals("test", v.get("ner").asText());
    }

    @Test
    void metricsAreInThePrometheusTextFormatAndCountRequestsAndPages() throws Exception {
        TestServers.post(server, "/v1/extract", "text/plain", TestPages.ARTICLE_P3.getBytes(StandardCharsets.UTF_8));
        TestServers.post(server, "/v1/extract", "application/json", "[".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = TestServers.get(server, "/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String m = r.body();
        assertTrue(m.contains("newsie_http_requests_seconds_count{endpoint=\"/v1/extract\",status=\"200\"}"), m);
        assertTrue(m.contains("newsie_http_requests_seconds{endpoint=\"/v1/extract\",status=\"200\",quantile=\"0.99\"}"), m);
        assertTrue(m.contains("newsie_http_errors_total{endpoint=\"/v1/extract\",status=\"400\"}"), m);
        assertTrue(m.contains("newsie_pages_total{outcome=\"ok\"}"), m);
        assertTrue(m.contains("newsie_pages_per_second"), m);
        assertTrue(m.contains("newsie_ready 1.0"), m);
    }

    @Test
    void openApiDescriptionIsServed() throws Exception {
        HttpResponse<String> r = TestServers.get(server, "/v1/openapi.yaml");
        assertEquals(200, r.statusCode());
        assertEquals(NewsieServer.openApiText(), r.body());
        assertTrue(r.body().startsWith("openapi: 3"));
    }

    @Test
    void reviewPageShowsTheFormAndThenTheHighlightedArticle() throws Exception {
        HttpResponse<String> form = TestServers.get(server, "/");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<form class=\"input\""));
        assertFalse(form.body().contains("http://") && form.body().contains("<script src"), "no external resources");
        String boundary = "----newsie-test";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n"
                + TestPages.ARTICLE_P1 + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nauto\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> r = TestServers.post(server, "/", "multipart/form-data; boundary=" + boundary,
                multipart.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-entity-type=\"CITY\""), r.body());
        assertTrue(r.body().contains("class=\"event-card"), r.body());
    }

    @Test
    void reviewPageAcceptsAPlainUrlEncodedFormToo() throws Exception {
        String form = "format=text&content=" + URLEncoder.encode(TestPages.ARTICLE_P1, StandardCharsets.UTF_8);
        HttpResponse<String> r = TestServers.post(server, "/", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-entity-type=\"CITY\""), r.body());
    }

    @Test
    void emptyReviewSubmissionAsksForInput() throws Exception {
        HttpResponse<String> r = TestServers.post(server, "/", "application/x-www-form-urlencoded", "content=".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Paste an article or choose a file first."), r.body());
    }

    @Test
    void unknownRouteIsNotFound() throws Exception {
        HttpResponse<String> r = TestServers.get(server, "/v1/nothing");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no such endpoint: GET /v1/nothing"), r.body());
    }
}

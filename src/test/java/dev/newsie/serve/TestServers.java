package dev.newsie.serve;

import dev.newsie.pipeline.PagePipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/** Starts servers on a free loopback port for the integration tests, and a real HTTP client to call them. */
final class TestServers {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServers() {
    }

    static ServeSettings settings(int threads, int queue, long maxBodyBytes, long pageTimeoutMillis) {
        return new ServeSettings("127.0.0.1", 0, threads, queue, maxBodyBytes, pageTimeoutMillis, 10_000);
    }

    /** A started server; the test closes it. Waits (bounded) until the models are loaded. */
    static NewsieServer start(Supplier<PagePipeline> pipeline, ServeSettings settings) throws Exception {
        ServiceMetrics metrics = new ServiceMetrics();
        ExtractionService service = new ExtractionService(pipeline, settings, metrics);
        NewsieServer server = new NewsieServer(service, metrics, settings, "test").start();
        service.loading().get(120, java.util.concurrent.TimeUnit.SECONDS);
        return server;
    }

    static URI uri(NewsieServer server, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static HttpResponse<String> get(NewsieServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(NewsieServer server, String path, String contentType, byte[] body) throws Exception {
        return CLIENT.send(postRequest(server, path, contentType, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest postRequest(NewsieServer server, String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}

package dev.newsie.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code newsie serve}: the HTTP service (Javalin on Jetty) and the review page in one server. Every route goes
 * through {@link #route}, which refuses new work while shutting down, counts requests in flight for a graceful
 * stop, maps the service's exceptions to JSON errors (400, 413, 415, 503 with Retry-After) and records metrics.
 */
public final class NewsieServer implements AutoCloseable {
    /** Every route the server answers, as METHOD and path; the OpenAPI test checks each is described. */
    public static final java.util.List<String> API_ROUTES = java.util.List.of(
            "POST /v1/extract", "POST /v1/extract/batch", "GET /v1/health", "GET /v1/version", "GET /v1/openapi.yaml",
            "GET /metrics", "GET /", "POST /");
    static final String VERSION = "0.1.0";

    private final ServeSettings settings;
    private final ExtractionService service;
    private final ServiceMetrics metrics;
    private final String ner;
    private final Javalin app;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    @FunctionalInterface
    interface Handler {
        void handle(Context ctx) throws Exception;
    }

    public NewsieServer(ExtractionService service, ServiceMetrics metrics, ServeSettings settings, String ner) {
        this.settings = settings;
        this.service = service;
        this.metrics = metrics;
        this.ner = ner;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes() + 65_536, SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setStopTimeout(settings.shutdownGraceMillis()));
        });
        ExtractEndpoints extract = new ExtractEndpoints(service, settings);
        ReviewEndpoints review = new ReviewEndpoints(service, settings);
        app.post("/v1/extract", route("/v1/extract", extract::extract));
        app.post("/v1/extract/batch", route("/v1/extract/batch", extract::batch));
        app.get("/v1/health", route("/v1/health", this::health));
        app.get("/v1/version", route("/v1/version", this::version));
        app.get("/v1/openapi.yaml", route("/v1/openapi.yaml", NewsieServer::openApi));
        app.get("/metrics", route("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape())));
        app.get("/", route("/", review::form));
        app.post("/", route("/", review::submit));
        // Javalin answers unknown routes in plain text; API clients get the same JSON error as everywhere else.
        app.error(404, ctx -> ApiResponses.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                + " (see /v1/openapi.yaml)"));
        app.error(405, ctx -> ApiResponses.error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    }

    /** Starts listening; returns at once while the models load in the background. */
    public NewsieServer start() {
        app.start(settings.host(), settings.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    private io.javalin.http.Handler route(String endpoint, Handler handler) {
        return ctx -> {
            long t0 = System.nanoTime();
            inFlight.incrementAndGet();
            try {
                if (draining.get() && !endpoint.equals("/v1/health")) {
                    throw new ServiceBusyException("the server is shutting down", 5);
                }
                handler.handle(ctx);
            } catch (BadRequestException e) {
                ApiResponses.error(ctx, e.status(), e.getMessage());
            } catch (ServiceBusyException e) {
                ApiResponses.busy(ctx, e);
            } catch (Exception e) {
                if (ctx.res().isCommitted()) {
                    throw e;
                }
                ApiResponses.error(ctx, 500, "internal error: " + e);
            } finally {
                inFlight.decrementAndGet();
                metrics.request(endpoint, ctx.statusCode(), Duration.ofNanos(System.nanoTime() - t0));
            }
        };
    }

    private void health(Context ctx) {
        String status = draining.get() ? "stopping" : service.ready() ? "ready"
                : service.loading().isCompletedExceptionally() ? "failed" : "loading";
        ApiResponses.json(ctx, status.equals("ready") ? 200 : 503, Map.of("status", status));
    }

    private void version(Context ctx) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", "newsie");
        v.put("version", VERSION);
        v.put("ner", ner);
        v.put("java", System.getProperty("java.version"));
        ApiResponses.json(ctx, 200, v);
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(openApiText());
    }

    /** The checked-in OpenAPI description (src/main/resources/dev/newsie/serve/openapi.yaml). */
    public static String openApiText() {
        try (InputStream in = NewsieServer.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath (dev/newsie/serve/)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Graceful stop: new requests get 503 at once, requests in flight (a streaming batch included) may finish
     * within the grace period, then the listener and the workers stop.
     */
    @Override
    public void close() throws InterruptedException {
        draining.set(true);
        long deadline = System.nanoTime() + settings.shutdownGraceMillis() * 1_000_000;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        app.stop();
        service.shutdown(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
    }
}

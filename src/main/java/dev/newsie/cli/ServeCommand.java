package dev.newsie.cli;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.pipeline.Extractors;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.serve.ExtractionService;
import dev.newsie.serve.NewsieServer;
import dev.newsie.serve.ServeSettings;
import dev.newsie.serve.ServiceMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/** {@code newsie serve}: the page pipeline behind an HTTP API, plus the review page; runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the extractor over HTTP (POST /v1/extract, /v1/extract/batch) and the review page (GET /).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--ner", defaultValue = "default",
            description = "Analysis backend: default, hanlp, corenlp, corenlp-near-names, gazetteer, hanlp-only, corenlp-only (default: ${DEFAULT-VALUE}).")
    String ner;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", defaultValue = "16", description = "Pages that may wait for a worker; beyond that requests get 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body-bytes", description = "Largest request body or batch line; larger gets 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = 8L << 20;

    @Option(names = "--page-timeout", defaultValue = "60000", description = "Per-page time limit in ms; slower pages become error records (default: ${DEFAULT-VALUE}).")
    long pageTimeoutMillis;

    @Option(names = "--shutdown-grace", defaultValue = "30000", description = "On stop, ms to let requests in flight finish (default: ${DEFAULT-VALUE}).")
    long shutdownGraceMillis;

    @Override
    public Integer call() throws InterruptedException {
        if (!Extractors.NAMES.contains(ner)) {
            System.err.println("newsie serve: unknown --ner '" + ner + "' (one of " + String.join(", ", Extractors.NAMES) + ")");
            return NewsieCommand.EXIT_USAGE;
        }
        ServeSettings settings;
        try {
            settings = new ServeSettings(host, port, threads, queue, maxBodyBytes, pageTimeoutMillis, shutdownGraceMillis);
        } catch (IllegalArgumentException e) {
            System.err.println("newsie serve: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        long t0 = System.nanoTime();
        ServiceMetrics metrics = new ServiceMetrics();
        ExtractionService service = new ExtractionService(
                () -> new PagePipeline(Extractors.create(ner, CanonicalNames.load()), maxBodyBytes), settings, metrics);
        NewsieServer server = new NewsieServer(service, metrics, settings, ner).start();
        System.err.println("newsie serve: listening on http://" + host + ":" + server.port() + "/ (loading models…)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("newsie serve: stopping; letting requests in flight finish");
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "newsie-serve-shutdown"));
        try {
            service.loading().get();
            System.err.printf(Locale.ROOT, "newsie serve: ready (models loaded in %.1f s)%n", (System.nanoTime() - t0) / 1e9);
        } catch (ExecutionException e) {
            System.err.println("newsie serve: cannot load models: " + e.getCause().getMessage());
            server.close();
            return NewsieCommand.EXIT_USAGE;
        }
        stopped.await();
        return 0;
    }
}

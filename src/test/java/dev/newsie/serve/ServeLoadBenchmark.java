package dev.newsie.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The README's serve benchmark: N concurrent clients each POST single corpus pages (text/plain) to a running
 * {@code newsie serve} on loopback, for a fixed number of requests in all; prints requests/s and p50/p99
 * latency. Not a test; run it by hand:
 * {@code java -cp target/test-classes:target/classes:target/lib/* dev.newsie.serve.ServeLoadBenchmark PORT CLIENTS REQUESTS corpus/*.txt}
 */
public final class ServeLoadBenchmark {
    private ServeLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]), clients = Integer.parseInt(args[1]), requests = Integer.parseInt(args[2]);
        List<byte[]> pages = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            pages.add(Files.readAllBytes(Path.of(args[i])));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/extract");
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(pages.get(i % pages.size()))).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"errors\":[]")) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "clients=%d requests=%d failed=%d seconds=%.1f req/s=%.1f p50=%.0f ms p99=%.0f ms%n",
                clients, requests, failed.get(), seconds, requests / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}

package dev.newsie.serve;

/**
 * How one {@code newsie serve} process behaves: where it listens, how many pages it works on at once, how
 * many it lets wait, and the limits that keep a public-facing service bounded.
 *
 * @param host               interface to bind; 127.0.0.1 unless the operator opens it up
 * @param port               TCP port; 0 picks a free one (tests)
 * @param threads            worker threads running the page pipeline
 * @param queueCapacity      pages allowed to wait for a worker; beyond it requests get 503
 * @param maxBodyBytes       largest request body (or batch line) accepted; larger gets 413
 * @param pageTimeoutMillis  per-page time limit; a slower page becomes an error record
 * @param shutdownGraceMillis how long shutdown waits for requests in flight
 */
public record ServeSettings(String host, int port, int threads, int queueCapacity, long maxBodyBytes,
                            long pageTimeoutMillis, long shutdownGraceMillis) {
    public ServeSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("--queue must not be negative");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("--max-body-bytes must be at least 1");
        }
        if (pageTimeoutMillis < 1) {
            throw new IllegalArgumentException("--page-timeout must be at least 1 ms");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
    }

    /** Pages admitted at once: one per worker plus the waiting queue. */
    public int capacity() {
        return threads + queueCapacity;
    }
}

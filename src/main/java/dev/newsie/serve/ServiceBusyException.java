package dev.newsie.serve;

/** No room for another page (queue full, models still loading, or shutting down): answered with 503 and Retry-After. */
public final class ServiceBusyException extends RuntimeException {
    private final int retryAfterSeconds;

    public ServiceBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

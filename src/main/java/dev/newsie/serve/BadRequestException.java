package dev.newsie.serve;

/** A request the service cannot read: answered with {@code status} and a JSON error naming the problem. */
public final class BadRequestException extends RuntimeException {
    private final int status;

    public BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

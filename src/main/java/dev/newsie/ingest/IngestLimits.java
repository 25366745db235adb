package dev.newsie.ingest;

/**
 * Bounds on reading one page out of its container: at most {@code maxPageBytes} bytes (checked while
 * streaming, so a gzip bomb or a 3 GiB JSON line never reaches memory whole), and at most
 * {@code timeoutMillis} to read it (a stalled network mount or device ends as an error record).
 */
public record IngestLimits(long maxPageBytes, long timeoutMillis) {
    /** No limits: for tests and the evaluation over the bundled corpus. */
    public static final IngestLimits NONE = new IngestLimits(Integer.MAX_VALUE - 16, Long.MAX_VALUE);

    public IngestLimits {
        if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ": " + maxPageBytes);
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("timeoutMillis must be positive: " + timeoutMillis);
        }
    }

    /** The message of a page that passed the size limit. */
    String tooLarge() {
        return "page too large: more than " + maxPageBytes + " bytes (limit " + maxPageBytes + "; raise it with --max-page-bytes)";
    }
}

package dev.newsie.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream into memory without ever holding more than the page limit: the check is made on every
 * chunk, so the limit holds for inflated gzip and endless devices alike.
 */
final class BoundedRead {
    private static final int CHUNK = 1 << 16;

    private BoundedRead() {
    }

    /** All of {@code in}, or a {@link PageReadException} once it passes the size or time limit. */
    static byte[] readAll(InputStream in, IngestLimits limits) throws IOException {
        long deadline = deadline(limits);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK];
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(CHUNK, limits.maxPageBytes() + 1 - out.size()))) > 0) {
            out.write(buf, 0, n);
            if (out.size() > limits.maxPageBytes()) {
                throw new PageReadException(limits.tooLarge());
            }
            checkTime(deadline, limits);
        }
        return out.toByteArray();
    }

    static long deadline(IngestLimits limits) {
        long now = System.nanoTime();
        long ns = limits.timeoutMillis() >= Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE / 2 : limits.timeoutMillis() * 1_000_000;
        return now + ns;
    }

    static void checkTime(long deadline, IngestLimits limits) throws PageReadException {
        if (System.nanoTime() - deadline > 0) {
            throw new PageReadException("reading the page took longer than " + limits.timeoutMillis()
                    + " ms (raise it with --page-timeout)");
        }
    }
}

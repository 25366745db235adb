package dev.newsie.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at '\n' without holding a line longer than a limit: the rest of an
 * over-long line is skipped as it streams by, so the next line is still found. Used for JSON Lines files and for
 * the service's batch request bodies alike.
 */
public final class BoundedLines {
    /**
     * One line without its line end ('\n', and a '\r' before it), numbered from 1; {@code bytes} is null when the
     * line passed the limit, {@code length} is its length in bytes either way.
     */
    public record Line(byte[] bytes, long length, int number) {
        public boolean tooLong() {
            return bytes == null;
        }

        /** The line as UTF-8 text, or null when it was too long. */
        public String text() {
            return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final InputStream in;
    private final long maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos, end;
    private boolean eof;
    private int number;

    public BoundedLines(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    if (length == 0 && !tooLong) {
                        return null;
                    }
                    return finish(line, length, tooLong);
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (!tooLong) {
                if (length > maxLine) {
                    tooLong = true;
                    line = null;
                } else {
                    line.write(buf, start, n);
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                return finish(line, length, tooLong);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(null, length, number);
        }
        byte[] b = line.toByteArray();
        if (b.length > 0 && b[b.length - 1] == '\r') {
            b = java.util.Arrays.copyOf(b, b.length - 1);
        }
        return new Line(b, length, number);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}

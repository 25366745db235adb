package dev.newsie.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a request body without ever holding more than {@code maxLineBytes} of one line:
 * a longer line is skipped to its end and reported as too long, so a client cannot exhaust memory with one
 * endless line.
 */
final class BoundedLineReader {
    /** One line: its 1-based number, and its text, or null when it was longer than the limit. */
    record Line(int number, String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private int number;

    BoundedLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the body. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length < maxLineBytes) {
                buf.write(b);
            }
            length++;
            b = in.read();
        }
        number++;
        if (length > maxLineBytes) {
            return new Line(number, null, length);
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        return new Line(number, s.endsWith("\r") ? s.substring(0, s.length() - 1) : s, length);
    }
}

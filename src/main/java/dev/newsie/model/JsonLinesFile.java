package dev.newsie.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a records file as newsie writes them (JSON Lines, UTF-8, gzipped when the name ends in .gz),
 * for every reader of records (the scorer, the store, the review report): non-blank lines numbered from 1.
 */
public final class JsonLinesFile {
    /** Receives one non-blank line and its number. */
    @FunctionalInterface
    public interface LineHandler {
        void line(long number, String text);
    }

    private JsonLinesFile() {
    }

    /** Reads every line of {@code file}; an unreadable file is an IOException (the caller names the file). */
    public static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            long n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (!line.isBlank()) {
                    handler.line(n, line);
                }
            }
        }
    }
}

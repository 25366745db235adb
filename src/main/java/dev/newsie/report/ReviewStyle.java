package dev.newsie.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The review stylesheet, inlined into every page so the live page and report.html work offline. */
final class ReviewStyle {
    static final String CSS = load();

    private ReviewStyle() {
    }

    private static String load() {
        try (InputStream in = ReviewStyle.class.getResourceAsStream("review.css")) {
            if (in == null) {
                throw new IllegalStateException("review.css is missing from the classpath (dev/newsie/report/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read review.css: " + e.getMessage(), e);
        }
    }

    /** The document head shared by every review page. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + org.jsoup.nodes.Entities.escape(title) + "</title><style>" + CSS + "</style></head>\n<body>\n";
    }
}

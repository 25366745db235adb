package dev.newsie.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.ingest.RawPage;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns what a client sent into the pipeline's {@link RawPage}: a raw HTML or text body (charset from the
 * Content-Type header when given, detected otherwise) or a JSON object {@code {"id", "url", "html"|"text"}}
 * read the way a JSON Lines dump line is read, so the record is the one the CLI writes for the same page.
 */
public final class PageRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageRequests() {
    }

    /**
     * A single-page request body. {@code id} and {@code url} come from the query string for raw bodies; a
     * missing id is derived from the content, so the same page always gets the same id.
     */
    public static RawPage fromBody(byte[] body, String contentType, String id, String url) {
        MediaType type = MediaType.parse(contentType);
        return switch (type.name()) {
            case "application/json" -> fromJsonObject(body);
            case "text/html", "application/xhtml+xml" -> raw(body, type, id, url, RawPage.Kind.HTML);
            case "text/plain" -> raw(body, type, id, url, RawPage.Kind.TEXT);
            default -> throw new BadRequestException(415, "unsupported Content-Type '" + contentType
                    + "': send text/html, text/plain or application/json");
        };
    }

    /** A JSON object request; malformed JSON or a missing html/text field is the client's error (400). */
    public static RawPage fromJsonObject(byte[] body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new BadRequestException(400, "unreadable JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw new BadRequestException(400, "expected a JSON object {\"id\", \"url\", \"html\" | \"text\"}");
        }
        RawPage page = fromJsonNode(n, contentId(body));
        if (page.failed()) {
            throw new BadRequestException(400, page.ingestError());
        }
        return page;
    }

    /**
     * One line of a batch. A line that cannot be read becomes a failed page (and so an error record), never
     * a failed request: the batch answers every line.
     */
    public static RawPage fromJsonLine(String line, int lineNumber) {
        String fallbackId = "line:" + lineNumber;
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return RawPage.failed(fallbackId, null, "line " + lineNumber + ": malformed JSON line: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return RawPage.failed(fallbackId, null, "line " + lineNumber + ": expected a JSON object");
        }
        return fromJsonNode(n, fallbackId);
    }

    private static RawPage fromJsonNode(JsonNode n, String fallbackId) {
        String id = n.hasNonNull("id") ? n.get("id").asText() : fallbackId;
        String uri = n.hasNonNull("url") ? n.get("url").asText() : null;
        // Text inside JSON is already decoded; it reaches the pipeline as UTF-8, as JsonLinesSource does.
        if (n.hasNonNull("html")) {
            return new RawPage(id, uri, n.get("html").asText().getBytes(StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.HTML, null);
        }
        if (n.hasNonNull("text")) {
            return new RawPage(id, uri, n.get("text").asText().getBytes(StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.TEXT, null);
        }
        return RawPage.failed(id, uri, "object has neither 'html' nor 'text'");
    }

    private static RawPage raw(byte[] body, MediaType type, String id, String url, RawPage.Kind kind) {
        String charset = type.charset();
        if (charset != null) {
            try {
                if (!Charset.isSupported(charset)) {
                    throw new BadRequestException(400, "unknown charset '" + charset + "' in Content-Type");
                }
            } catch (IllegalCharsetNameException e) {
                throw new BadRequestException(400, "illegal charset name '" + charset + "' in Content-Type");
            }
        }
        String pageId = id == null || id.isBlank() ? contentId(body) : id;
        return new RawPage(pageId, url, body, charset, kind, null);
    }

    /** "page-" and 16 hex digits of the body's SHA-256: stable across requests for the same bytes. */
    static String contentId(byte[] body) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
            return "page-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A Content-Type reduced to its lower-case name and charset parameter. */
    record MediaType(String name, String charset) {
        static MediaType parse(String header) {
            if (header == null || header.isBlank()) {
                throw new BadRequestException(415, "missing Content-Type: send text/html, text/plain or application/json");
            }
            String[] parts = header.split(";");
            String charset = null;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring("charset=".length()).strip().replace("\"", "");
                }
            }
            return new MediaType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
        }
    }
}

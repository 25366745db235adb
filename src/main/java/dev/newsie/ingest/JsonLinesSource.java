package dev.newsie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines dump: one object per line with {@code id}, {@code url}, and {@code html} or {@code text}.
 * A malformed line, one with content after its object, one without content, or one longer than the page
 * limit yields a failed page named by its id (or file:line); lines are read bounded, so a 3 GiB line costs
 * one error record, not the heap. A UTF-8 byte-order mark before the first line is skipped.
 */
public final class JsonLinesSource implements PageSource {
    private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** JSON escapes can make a line up to six times its content (\\uXXXX); the content limit is checked after parsing. */
    private static final int ESCAPE_FACTOR = 6;
    private final Path file;
    private final IngestLimits limits;

    public JsonLinesSource(Path file) {
        this(file, IngestLimits.NONE);
    }

    public JsonLinesSource(Path file, IngestLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public void read(Consumer<RawPage> sink) {
        String special = SpecialFiles.describe(file);
        if (special != null) {
            sink.accept(RawPage.failed(lineId(1), file.toUri().toString(), file + ": " + special));
            return;
        }
        int no = 0;
        long maxLine = Math.min((long) Integer.MAX_VALUE - 16, limits.maxPageBytes() * ESCAPE_FACTOR + 65_536);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            BoundedLines lines = new BoundedLines(in, maxLine);
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                no++;
                if (line.tooLong()) {
                    sink.accept(RawPage.failed(lineId(no), null, file + ":" + no + ": line of " + line.length()
                            + " bytes is over the limit of " + maxLine + " (--max-page-bytes " + limits.maxPageBytes() + ")"));
                    continue;
                }
                byte[] b = no == 1 ? withoutBom(line.bytes()) : line.bytes();
                if (!isBlank(b)) {
                    sink.accept(page(b, no));
                }
            }
        } catch (EOFException e) {
            sink.accept(RawPage.failed(lineId(no + 1), file.toUri().toString(),
                    file + ": truncated gzip after line " + no + " (unexpected end of input)"));
        } catch (AccessDeniedException e) {
            sink.accept(RawPage.failed(lineId(no + 1), file.toUri().toString(), file + ": cannot read: permission denied"));
        } catch (IOException e) {
            sink.accept(RawPage.failed(lineId(no + 1), file.toUri().toString(), file + ": cannot read after line " + no + ": " + e.getMessage()));
        }
    }

    private static byte[] withoutBom(byte[] b) {
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        return bom ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * One line of {@code file}, numbered {@code no} from 1, read exactly as {@link #read} reads it: a reader that
     * splits a dump into ranges of lines (the Spark job) gets the same pages, ids and messages as the CLI.
     */
    public static RawPage line(Path file, String line, int no) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new JsonLinesSource(file).page(no == 1 ? withoutBom(b) : b, no);
    }

    private String lineId(int no) {
        return file.getFileName() + ":" + no;
    }

    private RawPage page(byte[] line, int no) {
        JsonNode n;
        try {
            n = JSON.readValue(line);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage().startsWith("Trailing token") ? "content after the JSON object (one object per line)"
                    : "malformed JSON line: " + e.getOriginalMessage();
            return RawPage.failed(lineId(no), null, file + ":" + no + ": " + what);
        } catch (IOException e) {
            return RawPage.failed(lineId(no), null, file + ":" + no + ": malformed JSON line: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            return RawPage.failed(lineId(no), null, file + ":" + no + ": expected a JSON object");
        }
        // An id must name the page: a string with something in it, or a number; anything else gets file:line.
        JsonNode idNode = n.get("id");
        String id = idNode != null && (idNode.isTextual() && !idNode.asText().isBlank() || idNode.isNumber())
                ? idNode.asText() : lineId(no);
        String uri = n.hasNonNull("url") && n.get("url").isValueNode() ? n.get("url").asText() : null;
        for (String field : new String[] {"html", "text"}) {
            JsonNode c = n.get(field);
            if (c == null || c.isNull()) {
                continue;
            }
            if (!c.isTextual()) {
                return RawPage.failed(id, uri, file + ":" + no + ": '" + field + "' is not a string");
            }
            byte[] bytes = c.asText().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > limits.maxPageBytes()) {
                return RawPage.failed(id, uri, file + ":" + no + ": " + limits.tooLarge());
            }
            return new RawPage(id, uri, bytes, "UTF-8", field.equals("html") ? RawPage.Kind.HTML : RawPage.Kind.TEXT, null);
        }
        return RawPage.failed(id, uri, file + ":" + no + ": line has neither 'html' nor 'text'");
    }

    @Override
    public String name() {
        return file.toString();
    }
}

package dev.newsie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines dump: one object per line with {@code id}, {@code url}, and {@code html} or {@code text}.
 * A malformed line, or one without content, yields a failed page named by its id (or file:line).
 */
public final class JsonLinesSource implements PageSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public JsonLinesSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<RawPage> sink) {
        int no = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    sink.accept(page(line, no));
                }
            }
        } catch (EOFException e) {
            sink.accept(RawPage.failed(lineId(no + 1), file.toUri().toString(),
                    file + ": truncated gzip after line " + no + " (unexpected end of input)"));
        } catch (IOException e) {
            sink.accept(RawPage.failed(lineId(no + 1), file.toUri().toString(), file + ": cannot read after line " + no + ": " + e.getMessage()));
        }
    }

    /**
     * One line of {@code file}, numbered {@code no} from 1, read exactly as {@link #read} reads it: a reader that
     * splits a dump into ranges of lines (the Spark job) gets the same pages, ids and messages as the CLI.
     */
    public static RawPage line(Path file, String line, int no) {
        return new JsonLinesSource(file).page(line, no);
    }

    private String lineId(int no) {
        return file.getFileName() + ":" + no;
    }

    private RawPage page(String line, int no) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return RawPage.failed(lineId(no), null, file + ":" + no + ": malformed JSON line: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            return RawPage.failed(lineId(no), null, file + ":" + no + ": expected a JSON object");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : lineId(no);
        String uri = n.hasNonNull("url") ? n.get("url").asText() : null;
        if (n.hasNonNull("html")) {
            return new RawPage(id, uri, n.get("html").asText().getBytes(StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.HTML, null);
        }
        if (n.hasNonNull("text")) {
            return new RawPage(id, uri, n.get("text").asText().getBytes(StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.TEXT, null);
        }
        return RawPage.failed(id, uri, file + ":" + no + ": line has neither 'html' nor 'text'");
    }

    @Override
    public String name() {
        return file.toString();
    }
}

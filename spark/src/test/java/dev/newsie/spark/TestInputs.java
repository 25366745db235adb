package dev.newsie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.ingest.Inputs;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.Extractors;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.pipeline.ResumeState;
import dev.newsie.canon.CanonicalNames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Inputs made from the bundled corpus for the tests, and the CLI's records for any input, run in this JVM. */
final class TestInputs {
    static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestInputs() {
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A JSON Lines dump of the corpus: one line per article, ids prefixed, with blank lines between. */
    static String corpusDump(String idPrefix) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path p : corpusFiles()) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", idPrefix + p.getFileName().toString().replace(".txt", ""));
            n.put("url", "https://example.org/" + p.getFileName());
            n.put("text", Files.readString(p));
            sb.append(JSON.writeValueAsString(n)).append("\n\n");
        }
        return sb.toString();
    }

    /** A WARC 1.0 archive holding each corpus article as a text/plain HTTP response. */
    static byte[] corpusWarc(String host) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path p : corpusFiles()) {
            String uri = "https://" + host + "/" + p.getFileName();
            byte[] body = Files.readAllBytes(p);
            byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length) + "\r\n\r\n";
            out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(http);
            out.writeBytes(body);
            out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bo)) {
            o.write(b);
        }
        return bo.toByteArray();
    }

    /** What {@code newsie extract} writes for these inputs (default extractor), line by line. */
    static List<String> cliLines(List<Path> inputs) {
        PagePipeline pipeline = new PagePipeline(Extractors.create("default", CanonicalNames.load()), 8L << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchRunner(pipeline, new BatchRunner.Options(2, 60_000, false)).run(Inputs.sources(inputs), ResumeState.none(),
                new dev.newsie.pipeline.RecordWriter(out, "memory"));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }

    /** The lines of every part file of a JSON Lines output directory. */
    static List<String> partLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** Lines by record id; fails on a repeated id, which would be a page written twice. */
    static Map<String, String> byId(List<String> lines) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : lines) {
            String id = JSON.readTree(line).get("id").asText();
            if (m.put(id, line) != null) {
                throw new AssertionError("record " + id + " written twice");
            }
        }
        return m;
    }
}

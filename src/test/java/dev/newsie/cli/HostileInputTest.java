package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.newsie.TestPages;
import dev.newsie.ingest.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end, every hostile case of issue 13 in one folder, inputs generated here: one schema-valid line per
 * page (error records where the page is hostile), the inputs untouched, exit 1. The multi-GiB versions of the
 * bombs run outside the tests (scripts/hostile-heavy, README "Hostile input").
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> checksums(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f)).toList()) {
                m.put(dir.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return m;
    }

    private static String reason(JsonNode r) {
        return r.get("errors").size() == 0 ? "" : r.get("errors").get(0).get("stage").asText() + ": " + r.get("errors").get(0).get("reason").asText();
    }

    @Test
    void everyHostileCaseGivesItsLineAndLeavesTheInputsAlone(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        // bounded reads: a gzip bomb (64 MiB of zeros for a 1 MiB limit) and an over-long JSON line
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")), 1 << 16)) {
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1024; i++) {
                o.write(zeros);
            }
        }
        String good = JSON.writeValueAsString(Map.of("id", "j-good", "text", "标题\n" + TestPages.ARTICLE_P1));
        Files.writeString(in.resolve("dump.jsonl"), "\uFEFF" + good + "\n" // a UTF-8 BOM before line 1
                + "{\"id\":\"long\",\"text\":\"" + "长".repeat(3_000_000) + "\"}\n"
                + good.replace("j-good", "two") + " " + good.replace("j-good", "three") + "\n"
                + "{\"id\":\"\",\"text\":\"空\"}\n{\"id\":{},\"text\":\"空\"}\n{\"id\":[],\"text\":\"空\"}\n");
        // a FIFO named like a page, and a symbolic link loop
        Process mk = new ProcessBuilder("mkfifo", in.resolve("pipe.html").toString()).start();
        boolean fifo = mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0;
        Files.createSymbolicLink(in.resolve("a/loop"), in);
        // WARC: no target URI, gzip content-encoding, a 404, a resource record
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(TestPages.newsPage("utf-8").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(WarcFixtures.response(null, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", TestPages.newsPage("utf-8").getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(WarcFixtures.response("http://x/gz", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.toByteArray()));
        warc.writeBytes(WarcFixtures.response("http://x/404", "404 Not Found", "Content-Type: text/html\r\n", "<p>找不到页面</p>".getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(WarcFixtures.record("resource", "file:///r.html", "text/html; charset=utf-8", TestPages.newsPage("utf-8").getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("crawl.warc"), warc.toByteArray());
        // decoding: UTF-16 with BOM, a NUL byte, a GBK page whose meta says big5, CR-only line ends
        byte[] u16 = TestPages.newsPage(null).getBytes(StandardCharsets.UTF_16LE);
        byte[] bom16 = new byte[u16.length + 2];
        bom16[0] = (byte) 0xFF;
        bom16[1] = (byte) 0xFE;
        System.arraycopy(u16, 0, bom16, 2, u16.length);
        Files.write(in.resolve("utf16.html"), bom16);
        Files.writeString(in.resolve("nul.html"), TestPages.newsPage("utf-8").replace("</h1>", "</h1>\u0000"));
        Files.write(in.resolve("liar.html"), TestPages.newsPage("big5").getBytes(Charset.forName("GBK")));
        Files.writeString(in.resolve("mac.txt"), "杭州与波尔图结为友好城市\r" + TestPages.ARTICLE_P1 + "\r" + TestPages.ARTICLE_P2 + "\r");
        // the same id in two folders
        Files.writeString(in.resolve("a/x.txt"), "甲\n" + TestPages.ARTICLE_P1);
        Files.writeString(in.resolve("b/x.txt"), "乙\n" + TestPages.ARTICLE_P2 + TestPages.ARTICLE_P3);
        Map<String, String> before = checksums(in);

        Path out = in.resolve("records.jsonl"); // inside the input folder: must not be read back
        PrintStreams.Captured run = PrintStreams.captureErr(() -> NewsieCommand.commandLine().execute("extract", "-q",
                "--max-page-bytes", String.valueOf(1 << 20), "--threads", "2", in.toString(), "-o", out.toString()));
        assertEquals(1, run.code(), run.err());
        assertEquals(before, checksums(in).entrySet().stream().filter(e -> !e.getKey().equals("records.jsonl"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, TreeMap::new)), "inputs untouched");

        JsonSchema schema;
        try (InputStream s = getClass().getResourceAsStream("/dev/newsie/record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        }
        Map<String, JsonNode> r = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            assertTrue(schema.validate(n).isEmpty(), line.substring(0, Math.min(300, line.length())));
            r.put(n.get("id").asText(), n);
        }
        // 1 bomb + 6 JSON Lines + fifo + loop + 4 WARC + 4 decoding + 2 x = 19 (18 without mkfifo)
        assertEquals(fifo ? 19 : 18, Files.readAllLines(out).size(), r.keySet().toString());
        assertTrue(reason(r.get("bomb")).contains("page too large"), reason(r.get("bomb")));
        assertEquals("", reason(r.get("j-good")));
        assertTrue(reason(r.get("dump.jsonl:2")).contains("over the limit"), reason(r.get("dump.jsonl:2")));
        assertTrue(reason(r.get("dump.jsonl:3")).contains("content after the JSON object"));
        assertTrue(Stream.of("dump.jsonl:4", "dump.jsonl:5", "dump.jsonl:6").allMatch(r::containsKey), r.keySet().toString());
        if (fifo) {
            assertTrue(reason(r.get("pipe")).contains("not a regular file"), reason(r.get("pipe")));
        }
        assertTrue(reason(r.get("loop")).contains("symbolic link loop"), reason(r.get("loop")));
        assertEquals("", reason(r.get(dev.newsie.ingest.WarcSource.idFor("http://x/gz"))));
        assertTrue(reason(r.get(dev.newsie.ingest.WarcSource.idFor("http://x/404"))).contains("HTTP status 404"));
        assertEquals("", reason(r.get(dev.newsie.ingest.WarcSource.idFor("file:///r.html"))));
        assertEquals(4, r.values().stream().filter(n -> n.has("uri") && (n.get("uri").asText().startsWith("<urn:uuid:")
                || n.get("uri").asText().startsWith("http://x/") || n.get("uri").asText().startsWith("file:///r"))).count());
        for (String id : List.of("utf16", "nul", "liar", "mac")) {
            assertEquals("", reason(r.get(id)), id);
            assertTrue(r.get(id).get("text").asText().contains("波尔图"), id + ": " + r.get(id).get("text"));
        }
        assertEquals("", reason(r.get("x")));
        assertEquals("", reason(r.get("x~2")));
    }
}

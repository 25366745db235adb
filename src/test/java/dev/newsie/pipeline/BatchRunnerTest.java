package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPages;
import dev.newsie.cli.NewsieCommand;
import dev.newsie.ingest.WarcFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile inputs made here: every page ends as a record or an error record, and the good pages around them survive. */
class BatchRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bo)) {
            o.write(b);
        }
        return bo.toByteArray();
    }

    private static Map<String, JsonNode> read(Path out) throws Exception {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            m.put(n.get("id").asText(), n);
        }
        return m;
    }

    private static String reason(JsonNode r) {
        return r.get("errors").size() == 0 ? "" : r.get("errors").get(0).get("stage").asText() + ": " + r.get("errors").get(0).get("reason").asText();
    }

    @Test
    void hostileInputsBecomeErrorRecordsAndGoodPagesSurvive(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("good.html"), TestPages.newsPage("utf-8"));
        Files.writeString(in.resolve("good-text.txt"), "杭州与波尔图结为友好城市\n" + TestPages.ARTICLE_P1 + "\n" + TestPages.ARTICLE_P2);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] bin = new byte[4096];
        new java.util.Random(1).nextBytes(bin);
        bin[10] = 0;
        Files.write(in.resolve("binary.html"), bin);
        byte[] gz = gzip(TestPages.newsPage("utf-8").getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] warc = WarcFixtures.warc(List.of("http://x.example/a", "http://x.example/b"),
                List.of(TestPages.newsPage("utf-8"), TestPages.newsPage("utf-8")));
        Files.write(in.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 50));
        Files.writeString(in.resolve("dump.jsonl"), String.join("\n",
                JSON.writeValueAsString(Map.of("id", "j1", "html", TestPages.newsPage("utf-8"))),
                "{\"id\": \"j2\", \"html\": ",
                "{\"id\":\"j3\",\"url\":\"http://x.example/3\"}",
                JSON.writeValueAsString(Map.of("id", "j4", "text", "宁波与波尔图结好\n" + TestPages.ARTICLE_P2))) + "\n");
        Files.write(in.resolve("gbk.html"), TestPages.newsPage(null).getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("big5.html"), ("<html><head><meta charset=\"big5\"></head><body><h1>臺北與舊金山簽署合作協議</h1><p>"
                + "臺北市與美國舊金山市簽署合作備忘錄，雙方將在經濟、文化、教育等領域加強交流與合作。</p></body></html>").getBytes(Charset.forName("Big5")));
        Files.writeString(in.resolve("junk.html"), "<html><body><ul>" + "<li><a href='/x'>某地新闻标题链接文字很多很多</a></li>".repeat(40) + "</ul></body></html>");
        Files.writeString(in.resolve("huge.html"), "<html><body><p>" + "大".repeat(7_000_000) + "</p></body></html>");
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>" + TestPages.ARTICLE_P1 + "</p>"
                + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(in.resolve("english.html"), "<html><body><h1>Town twinning</h1><p>" + "The two cities signed an agreement today. ".repeat(30) + "</p></body></html>");

        Path out = tmp.resolve("out/records.jsonl");
        int code = NewsieCommand.commandLine().execute("extract", "-q", in.toString(), "-o", out.toString());
        assertEquals(1, code, "some pages had errors");
        Map<String, JsonNode> r = read(out);
        assertEquals(17, Files.readAllLines(out).size(), "one line per input page: " + r.keySet());

        assertEquals("", reason(r.get("good")));
        assertTrue(r.get("good").get("entities").size() > 0);
        assertEquals("", reason(r.get("good-text")));
        assertTrue(reason(r.get("empty")).startsWith("decode: empty page"), reason(r.get("empty")));
        assertTrue(reason(r.get("binary")).startsWith("decode: binary"), reason(r.get("binary")));
        assertTrue(reason(r.get("cut")).startsWith("ingest:") && reason(r.get("cut")).contains("truncated"), reason(r.get("cut")));
        assertEquals("", reason(r.get(dev.newsie.ingest.WarcSource.idFor("http://x.example/a"))));
        assertTrue(reason(r.get(dev.newsie.ingest.WarcSource.idFor("http://x.example/b"))).contains("WARC unreadable"),
                reason(r.get(dev.newsie.ingest.WarcSource.idFor("http://x.example/b"))));
        assertEquals("", reason(r.get("j1")));
        assertTrue(reason(r.get("dump.jsonl:2")).contains("malformed JSON"), reason(r.get("dump.jsonl:2")));
        assertTrue(reason(r.get("j3")).contains("neither 'html' nor 'text'"), reason(r.get("j3")));
        assertEquals("", reason(r.get("j4")));
        assertEquals("", reason(r.get("gbk")));
        assertTrue(r.get("gbk").get("text").asText().contains("波尔图"));
        assertEquals("", reason(r.get("big5")));
        assertTrue(r.get("big5").get("text").asText().contains("旧金山"), r.get("big5").toString());
        assertEquals("traditional", r.get("big5").get("script").asText());
        assertTrue(reason(r.get("junk")).startsWith("clean: no article text"), reason(r.get("junk")));
        assertTrue(reason(r.get("huge")).contains("page too large"), reason(r.get("huge")));
        assertEquals("", reason(r.get("nested")));
        assertTrue(reason(r.get("english")).contains("not a Chinese page"), reason(r.get("english")));
    }

    @Test
    void outputKeepsInputOrder(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("d.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(JSON.writeValueAsString(Map.of("id", "p" + i, "text", "标题第" + i + "篇\n" + TestPages.ARTICLE_P1))).append('\n');
        }
        Files.writeString(f, sb);
        Path out = tmp.resolve("o.jsonl");
        assertEquals(0, NewsieCommand.commandLine().execute("extract", "-q", "--threads", "2", f.toString(), "-o", out.toString()));
        assertEquals(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "p" + i).toList(), List.copyOf(read(out).keySet()));
    }

    @Test
    void missingInputCannotStart(@TempDir Path tmp) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, NewsieCommand.commandLine().execute("extract", tmp.resolve("nope").toString(), "-o", tmp.resolve("o.jsonl").toString()));
        } finally {
            System.setErr(err);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("no such file or directory"), buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unwritableOutputCannotStart(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        assertEquals(2, NewsieCommand.commandLine().execute("extract", "-q", file.toString(), "-o", file.resolve("sub/o.jsonl").toString()));
    }

    @Test
    void unreadableDirectoryCannotStart(@TempDir Path tmp) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
        Path d = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals(2, NewsieCommand.commandLine().execute("extract", "-q", d.toString(), "-o", tmp.resolve("o.jsonl").toString()));
        } finally {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        }
    }
}

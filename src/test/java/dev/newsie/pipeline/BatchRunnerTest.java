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

    /** Pages made in memory: a source that yields them in order. */
    private static dev.newsie.ingest.PageSource source(List<dev.newsie.ingest.RawPage> pages) {
        return new dev.newsie.ingest.PageSource() {
            @Override
            public void read(java.util.function.Consumer<dev.newsie.ingest.RawPage> sink) {
                pages.forEach(sink);
            }

            @Override
            public String name() {
                return "memory";
            }
        };
    }

    private static dev.newsie.ingest.RawPage textPage(String id, String text) {
        return new dev.newsie.ingest.RawPage(id, null, text.getBytes(StandardCharsets.UTF_8), "UTF-8", dev.newsie.ingest.RawPage.Kind.TEXT, null);
    }

    /** An extractor that, for pages saying 慢, spins for {@code millis} ignoring interrupts: the worst kind of slow page. */
    private static ArticleExtractor spinningOn慢(long millis) {
        return (article, text) -> {
            if (text.text().text().contains("慢")) {
                long end = System.nanoTime() + millis * 1_000_000;
                long x = 0;
                while (System.nanoTime() < end) {
                    x++;
                }
                if (x == 42) {
                    throw new IllegalStateException();
                }
            }
            return Extraction.EMPTY;
        };
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        List<JsonNode> l = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                l.add(JSON.readTree(line));
            }
        }
        return l;
    }

    @Test
    void slowPagesNeverCostHealthyPagesTheirTimeLimit() throws Exception {
        List<dev.newsie.ingest.RawPage> pages = new java.util.ArrayList<>();
        pages.add(textPage("slow1", "慢页一\n" + TestPages.ARTICLE_P1.replace("深化", "慢慢深化")));
        pages.add(textPage("slow2", "慢页二\n" + TestPages.ARTICLE_P1.replace("深化", "慢慢深化")));
        for (int i = 0; i < 12; i++) {
            pages.add(textPage("ok" + i, "第" + i + "篇\n" + TestPages.ARTICLE_P1 + "\n" + TestPages.ARTICLE_P2));
        }
        PagePipeline pipeline = new PagePipeline(spinningOn慢(4_000), 8L << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = new BatchRunner(pipeline, new BatchRunner.Options(2, 1_000, false))
                .run(List.of(source(pages)), ResumeState.none(), new RecordWriter(out, "test"));
        List<JsonNode> l = lines(out);
        assertEquals(14, l.size());
        assertEquals(14, s.recordsOut());
        for (JsonNode r : l) {
            boolean slow = r.get("id").asText().startsWith("slow");
            assertEquals(slow, reason(r).contains("time limit"), r.toString());
            assertEquals(slow, r.get("errors").size() > 0, r.toString());
        }
    }

    @Test
    void failedOutputStopsTheRunAndSaysWhy() {
        List<dev.newsie.ingest.RawPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pages.add(textPage("p" + i, "第" + i + "篇\n" + TestPages.ARTICLE_P1));
        }
        int[] budget = {3};
        OutputStream fillsUp = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void flush() throws java.io.IOException {
                if (--budget[0] < 0) {
                    throw new java.io.IOException("No space left on device");
                }
            }
        };
        BatchRunner runner = new BatchRunner(new PagePipeline(ArticleExtractor.NONE, 8L << 20), new BatchRunner.Options(2, 10_000, false));
        RecordWriter w = new RecordWriter(fillsUp, "out.jsonl");
        BatchSummary s = runner.run(List.of(source(pages)), ResumeState.none(), w);
        assertTrue(runner.outputFailed());
        assertEquals(3, w.records());
        assertTrue(s.stoppedBecause().contains("No space left"), s.stoppedBecause());
        assertTrue(s.pagesIn() < 50, "reading stopped: " + s.pagesIn());
    }

    @Test
    void stopWritesWhatIsDoneAndResumeFinishesEveryPageOnce(@TempDir Path tmp) throws Exception {
        List<dev.newsie.ingest.RawPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(textPage("p" + i, "第" + i + "篇\n" + TestPages.ARTICLE_P1));
        }
        BatchRunner[] runner = new BatchRunner[1];
        int[] seen = {0};
        ArticleExtractor stopsAtTen = (article, text) -> {
            synchronized (seen) {
                if (++seen[0] == 10) {
                    runner[0].stop("received SIGTERM");
                }
            }
            return Extraction.EMPTY;
        };
        runner[0] = new BatchRunner(new PagePipeline(stopsAtTen, 8L << 20), new BatchRunner.Options(2, 10_000, false));
        Path out = tmp.resolve("o.jsonl");
        try (OutputStream o = Files.newOutputStream(out)) {
            BatchSummary s = runner[0].run(List.of(source(pages)), ResumeState.none(), new RecordWriter(o, "o.jsonl"));
            assertEquals("received SIGTERM", s.stoppedBecause());
            assertTrue(s.recordsOut() < 40);
        }
        ResumeState resume = ResumeState.load(out);
        try (OutputStream o = Files.newOutputStream(out, java.nio.file.StandardOpenOption.APPEND)) {
            new BatchRunner(new PagePipeline(ArticleExtractor.NONE, 8L << 20), new BatchRunner.Options(2, 10_000, false))
                    .run(List.of(source(pages)), resume, new RecordWriter(o, "o.jsonl"));
        }
        List<String> ids = Files.readAllLines(out).stream().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(40, ids.size());
        assertEquals(40, new java.util.HashSet<>(ids).size());
    }

    @Test
    void repeatedIdsFromDifferentFilesGetUniqueKeys() throws Exception {
        List<dev.newsie.ingest.RawPage> pages = List.of(textPage("x", "甲\n" + TestPages.ARTICLE_P1), textPage("x", "乙\n" + TestPages.ARTICLE_P1),
                textPage("x", "丙\n" + TestPages.ARTICLE_P1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchRunner(new PagePipeline(ArticleExtractor.NONE, 8L << 20), new BatchRunner.Options(2, 10_000, false))
                .run(List.of(source(pages)), ResumeState.none(), new RecordWriter(out, "t"));
        assertEquals(List.of("x", "x~2", "x~3"), lines(out).stream().map(n -> n.get("id").asText()).toList());
    }
}

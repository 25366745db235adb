package dev.newsie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {
    private static List<RawPage> read(Path... paths) {
        List<RawPage> out = new ArrayList<>();
        Inputs.sources(List.of(paths)).forEach(s -> s.read(out::add));
        return out;
    }

    static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bo)) {
            o.write(b);
        }
        return bo.toByteArray();
    }

    @Test
    void readsDirectoriesRecursivelyWithIdsFromFileNames(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/one.html"), "<p>一</p>");
        Files.writeString(tmp.resolve("a/b/two.txt"), "二");
        Files.write(tmp.resolve("a/b/three.html.gz"), gzip("<p>三</p>".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(tmp.resolve("a/notes.md"), "ignored");
        List<RawPage> pages = read(tmp);
        assertEquals(List.of("three", "two", "one"), pages.stream().map(RawPage::id).toList());
        assertEquals(RawPage.Kind.HTML, pages.get(0).kind());
        assertEquals("<p>三</p>", new String(pages.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesKeepGoodLinesAroundBadOnes(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("dump.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"url\":\"http://x/a\",\"html\":\"<p>甲</p>\"}\n{broken\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"丁\"}\n");
        List<RawPage> pages = read(f);
        assertEquals(4, pages.size());
        assertFalse(pages.get(0).failed());
        assertTrue(pages.get(1).failed() && pages.get(1).ingestError().contains("dump.jsonl:2") && pages.get(1).ingestError().contains("malformed"));
        assertTrue(pages.get(2).failed() && pages.get(2).ingestError().contains("neither 'html' nor 'text'"));
        assertEquals("d", pages.get(3).id());
    }

    @Test
    void truncatedGzipYieldsAFailedPage(@TempDir Path tmp) throws Exception {
        byte[] gz = gzip("<p>完整的页面内容</p>".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path f = tmp.resolve("cut.html.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length / 2));
        List<RawPage> pages = read(f);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).failed() && pages.get(0).ingestError().contains("truncated"), pages.get(0).ingestError());
    }

    @Test
    void readsWarcResponsesAndReportsTruncation(@TempDir Path tmp) throws Exception {
        byte[] warc = WarcFixtures.warc(List.of("http://news.example/a", "http://news.example/b"),
                List.of("<html><body><p>甲文章</p></body></html>", "<html><body><p>乙文章</p></body></html>"));
        Path f = tmp.resolve("crawl.warc");
        Files.write(f, warc);
        List<RawPage> pages = read(f);
        assertEquals(2, pages.size());
        assertEquals("http://news.example/a", pages.get(0).uri());
        assertEquals(WarcSource.idFor("http://news.example/a"), pages.get(0).id());
        assertTrue(new String(pages.get(1).bytes(), StandardCharsets.UTF_8).contains("乙文章"));

        Path cut = tmp.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(warc, warc.length - 40));
        List<RawPage> partial = read(cut);
        assertFalse(partial.get(0).failed());
        assertTrue(partial.get(partial.size() - 1).failed(), "last page should report the truncation");
    }

    @Test
    void missingPathCannotStart(@TempDir Path tmp) {
        Inputs.InputException e = assertThrows(Inputs.InputException.class, () -> Inputs.sources(List.of(tmp.resolve("nope"))));
        assertTrue(e.getMessage().contains("no such file"));
    }

    @Test
    void symlinkedFolderIsFollowedAndALoopIsOneErrorRecord(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real/sub"));
        Files.writeString(real.resolve("a.html"), "<p>甲</p>");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
        Files.createSymbolicLink(real.resolve("back"), tmp.resolve("real")); // real/sub/back -> real: a loop
        List<RawPage> pages = read(link);
        assertEquals(2, pages.size(), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> !p.failed() && p.id().equals("a")));
        assertTrue(pages.stream().anyMatch(p -> p.failed() && p.ingestError().contains("symbolic link loop")), pages.toString());
    }

    @Test
    void danglingLinkInAFolderIsAnErrorRecord(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.html"), "<p>甲</p>");
        Files.createSymbolicLink(tmp.resolve("gone.html"), tmp.resolve("nowhere.html"));
        List<RawPage> pages = read(tmp);
        assertEquals(2, pages.size());
        assertTrue(pages.get(1).failed() && pages.get(1).id().equals("gone"), pages.get(1).toString());
    }

    @Test
    void unreadableSubfolderIsAnErrorRecordAndTheRestIsRead(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Files.writeString(tmp.resolve("a.html"), "<p>甲</p>");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.writeString(locked.resolve("b.html"), "<p>乙</p>");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            List<RawPage> pages = read(tmp);
            assertEquals(2, pages.size());
            assertTrue(pages.stream().anyMatch(p -> p.failed() && p.ingestError().contains("permission denied")));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void outputInsideAnInputFolderIsLeftOutWithANote(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.html"), "<p>甲</p>");
        Path out = Files.writeString(tmp.resolve("out.jsonl"), "{\"id\":\"old\",\"errors\":[]}\n");
        List<String> notes = new ArrayList<>();
        List<PageSource> sources = Inputs.sources(List.of(tmp), IngestLimits.NONE, tmp.resolve("./out.jsonl"), notes::add);
        assertEquals(1, sources.size());
        assertTrue(notes.get(0).contains("left out"), notes.toString());
        assertTrue(Files.exists(out));
    }

    @Test
    void outputThatIsAnInputIsRefused(@TempDir Path tmp) throws Exception {
        Path in = Files.writeString(tmp.resolve("pages.jsonl"), "{\"id\":\"a\",\"text\":\"甲\"}\n");
        Path viaLink = Files.createSymbolicLink(tmp.resolve("alias.jsonl"), in);
        Inputs.InputException e = assertThrows(Inputs.InputException.class,
                () -> Inputs.sources(List.of(in), IngestLimits.NONE, viaLink, n -> { }));
        assertTrue(e.getMessage().contains("also the output"), e.getMessage());
    }
}

package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPages;
import dev.newsie.cli.NewsieCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dump(Path tmp, int pages) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            sb.append(JSON.writeValueAsString(Map.of("id", String.format("p%04d", i),
                    "text", "第" + i + "篇:杭州与波尔图结为友好城市\n" + TestPages.ARTICLE_P1 + "\n" + TestPages.ARTICLE_P2))).append('\n');
        }
        return Files.writeString(tmp.resolve("dump.jsonl"), sb);
    }

    private static List<String> ids(Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    @Test
    void halfWrittenLastLineIsCutAndItsPageRedone(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, 5);
        Path out = tmp.resolve("o.jsonl");
        assertEquals(0, NewsieCommand.commandLine().execute("extract", "-q", in.toString(), "-o", out.toString()));
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40));
        ResumeState s = ResumeState.load(out);
        assertEquals(2, s.size());
        assertTrue(s.isDone("p0000") && !s.isDone("p0002"));
        assertEquals(0, NewsieCommand.commandLine().execute("extract", "-q", "--resume", in.toString(), "-o", out.toString()));
        assertEquals(List.of("p0000", "p0001", "p0002", "p0003", "p0004"), ids(out));
    }

    /** A run killed with SIGKILL midway, then resumed, ends with every page exactly once. */
    @Test
    void runKilledMidwayThenResumedHasEveryPageExactlyOnce(@TempDir Path tmp) throws Exception {
        int pages = 400;
        Path in = dump(tmp, pages);
        Path out = tmp.resolve("o.jsonl");
        // 3 GB: the default analysis loads CoreNLP's Chinese models (at least 2.25 GB) before the first page.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-Dnewsie.models=" + dev.newsie.canon.ModelFile.modelsDir().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), NewsieCommand.class.getName(),
                "extract", "-q", "--threads", "1", in.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && (!Files.exists(out) || Files.size(out) < 20_000) && p.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        // Simulate the worst case as well: a record cut in the middle of writing.
        Files.writeString(out, "{\"id\":\"p9999\",\"tit", StandardOpenOption.APPEND);
        int before = Files.readAllLines(out).size();
        assertTrue(before < pages, "killed midway");

        assertEquals(0, NewsieCommand.commandLine().execute("extract", "-q", "--resume", in.toString(), "-o", out.toString()));
        List<String> ids = ids(out);
        assertEquals(pages, ids.size());
        Set<String> unique = new HashSet<>(ids);
        assertEquals(pages, unique.size(), "every page exactly once");
        assertFalse(unique.contains("p9999"));
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            assertEquals(0, n.get("errors").size());
        }
    }

    private static String record(String id, int padTo) throws Exception {
        String line = JSON.writeValueAsString(java.util.Map.of("id", id, "errors", List.of(), "entities", List.of(),
                "events", List.of(), "relations", List.of()));
        if (padTo > line.length()) {
            line = line.substring(0, line.length() - 1) + ",\"title\":\"" + "x".repeat(padTo - line.length() - 11) + "\"}";
        }
        return line;
    }

    /** A damaged line ends the kept part even when the next line starts exactly at a 64 KiB buffer boundary. */
    @Test
    void damagedLineBeforeABufferBoundaryCutsExactly(@TempDir Path tmp) throws Exception {
        String first = record("a", 0) + "\n";
        String damaged = "{\"id\":\"b\",\"ti";
        int pad = (1 << 16) - first.length() - damaged.length() - 1;
        damaged = damaged + "y".repeat(pad) + "\n";
        assertEquals(1 << 16, (first + damaged).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        Path out = Files.writeString(tmp.resolve("o.jsonl"), first + damaged + record("c", 0) + "\n" + record("d", 0) + "\n");
        ResumeState s = ResumeState.load(out);
        assertEquals(1, s.size());
        assertTrue(s.isDone("a") && !s.isDone("c"));
        assertEquals(first, Files.readString(out), "cut right after the last good record before the damage");
    }

    @Test
    void recordsAcrossBufferBoundariesAreAllKept(@TempDir Path tmp) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(record("r" + i, 5000 + i * 37)).append('\n');
        }
        Path out = Files.writeString(tmp.resolve("o.jsonl"), sb + "{\"id\":\"r40\",\"err");
        ResumeState s = ResumeState.load(out);
        assertEquals(40, s.size());
        assertEquals(sb.toString(), Files.readString(out));
        assertEquals(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, s.keptBytes());
    }

    @Test
    void outputThatIsNotNewsieRecordsIsRefusedAndLeftAlone(@TempDir Path tmp) throws Exception {
        for (String content : List.of("name,city\nx,y\n", "{\"some\":\"json\"}\n", "\u0000\u0001binary", "{\"id\":\"x\"}\n")) {
            Path out = Files.writeString(tmp.resolve("o.jsonl"), content);
            org.junit.jupiter.api.Assertions.assertThrows(ResumeState.NotRecordsException.class, () -> ResumeState.load(out), content);
            assertEquals(content, Files.readString(out));
        }
    }

    @Test
    void idsWithLoneSurrogatesAreKeptExactly(@TempDir Path tmp) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        RecordWriter w = new RecordWriter(b, "t");
        w.write(dev.newsie.model.ArticleRecord.failed("x\uD800", null, new dev.newsie.model.StageError("decode", "r")));
        w.write(dev.newsie.model.ArticleRecord.failed("x\uDBFF", null, new dev.newsie.model.StageError("decode", "r")));
        Path out = Files.write(tmp.resolve("o.jsonl"), b.toByteArray());
        ResumeState s = ResumeState.load(out);
        assertEquals(2, s.size());
        assertTrue(s.isDone("x\uD800") && s.isDone("x\uDBFF") && !s.isDone("x?"));
    }
}

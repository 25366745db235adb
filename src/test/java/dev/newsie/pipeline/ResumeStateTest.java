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
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
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
}

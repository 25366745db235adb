package dev.newsie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopSignalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** SIGTERM mid-run: in-flight pages end within seconds, the summary is printed, exit 143, and --resume completes the rest. */
    @Test
    void sigtermEndsTheRunWithSummaryAndExit143ThenResumeFinishes(@TempDir Path tmp) throws Exception {
        int pages = 400;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            sb.append(JSON.writeValueAsString(Map.of("id", "p" + i, "text", "第" + i + "篇\n" + TestPages.ARTICLE_P1 + "\n" + TestPages.ARTICLE_P2))).append('\n');
        }
        Path in = Files.writeString(tmp.resolve("dump.jsonl"), sb);
        Path out = tmp.resolve("o.jsonl");
        Path log = tmp.resolve("child.log");
        // 3 GB: the default analysis loads CoreNLP's Chinese models (at least 2.25 GB) before the first page.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-Dnewsie.models=" + dev.newsie.canon.ModelFile.modelsDir().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), NewsieCommand.class.getName(),
                "extract", "--threads", "1", in.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && (!Files.exists(out) || Files.size(out) < 20_000) && p.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the child finished before the signal: " + Files.readString(log));
        long sent = System.nanoTime();
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ended within seconds");
        double seconds = (System.nanoTime() - sent) / 1e9;
        String err = Files.readString(log);
        assertEquals(143, p.exitValue(), err);
        assertTrue(err.contains("stopped by SIGTERM") && err.contains("--resume") && err.contains("pages in:"), err);
        assertTrue(seconds < 20, "took " + seconds + " s");
        int before = Files.readAllLines(out).size();
        assertTrue(before < pages);

        assertEquals(0, NewsieCommand.commandLine().execute("extract", "-q", "--resume", in.toString(), "-o", out.toString()));
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertEquals(pages, ids.size());
        assertEquals(pages, new HashSet<>(ids).size());
    }

    @Test
    void exitCodeIs128PlusTheSignalNumber() {
        assertEquals(130, StopSignals.exitCode("SIGINT"));
        assertEquals(143, StopSignals.exitCode("SIGTERM"));
    }
}

package dev.newsie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch's command-line contract: arguments checked, inputs never destroyed, outputs locked, exit codes true. */
class BatchOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String err) {
    }

    private static Run clean(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            List<String> a = new ArrayList<>(List.of("clean"));
            a.addAll(List.of(args));
            return new Run(NewsieCommand.commandLine().execute(a.toArray(String[]::new)), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private static Path dump(Path dir, String name, int pages) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            sb.append(JSON.writeValueAsString(Map.of("id", "p" + i, "text", "第" + i + "篇\n" + TestPages.ARTICLE_P1))).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static List<String> ids(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String l : Files.readAllLines(out)) {
            ids.add(JSON.readTree(l).get("id").asText());
        }
        return ids;
    }

    @Test
    void outOfRangeArgumentsCannotStart(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, "d.jsonl", 1);
        for (String[] bad : List.of(new String[] {"--threads", "2147483647"}, new String[] {"--threads", "0"},
                new String[] {"--page-timeout", "0"}, new String[] {"--max-page-bytes", "-1"}, new String[] {"--max-page-bytes", "0"})) {
            Run r = clean("-q", bad[0], bad[1], in.toString(), "-o", tmp.resolve("o.jsonl").toString());
            assertEquals(2, r.code(), String.join(" ", bad));
            assertTrue(r.err().contains(bad[0]), r.err());
        }
    }

    @Test
    void outputThatIsTheInputIsRefusedAndTheInputUntouched(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, "pages.jsonl", 3);
        byte[] before = Files.readAllBytes(in);
        Run r = clean("-q", in.toString(), "-o", in.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("refusing to overwrite an input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void outputInsideTheInputFolderIsNeverReadBack(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        dump(in, "d.jsonl", 5);
        Path out = in.resolve("records.jsonl");
        assertEquals(0, clean("-q", in.toString(), "-o", out.toString()).code());
        Run again = clean("-q", in.toString(), "-o", out.toString());
        assertEquals(0, again.code());
        assertEquals(5, Files.readAllLines(out).size());
        assertTrue(again.err().contains("left out of the inputs"), again.err());
    }

    @Test
    void outputLockedByAnotherRunIsRefusedAndLeftAlone(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, "d.jsonl", 2);
        Path out = Files.writeString(tmp.resolve("o.jsonl"), "being written\n");
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            Run r = clean("-q", in.toString(), "-o", out.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("locked"), r.err());
        }
        assertEquals("being written\n", Files.readString(out));
    }

    @Test
    void resumeRefusesAFileThatIsNotNewsieRecords(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, "d.jsonl", 2);
        Path out = Files.writeString(tmp.resolve("notes.txt"), "my notes\nmore notes\n");
        Run r = clean("-q", "--resume", in.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not hold newsie records"), r.err());
        assertEquals("my notes\nmore notes\n", Files.readString(out));
    }

    @Test
    void sameIdsInDifferentFoldersResumeExactly(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        for (String dir : List.of("a", "b", "c")) {
            Files.createDirectories(in.resolve(dir));
            Files.writeString(in.resolve(dir + "/x.txt"), dir + "页\n" + TestPages.ARTICLE_P1);
        }
        Files.writeString(in.resolve("a/y.txt"), "y页\n" + TestPages.ARTICLE_P2);
        Path out = tmp.resolve("o.jsonl");
        assertEquals(0, clean("-q", in.toString(), "-o", out.toString()).code());
        List<String> all = ids(out);
        assertEquals(List.of("x", "y", "x~2", "x~3"), all);
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 30)); // a crash mid-line
        assertEquals(0, clean("-q", "--resume", in.toString(), "-o", out.toString()).code());
        assertEquals(all, ids(out));
        assertEquals(4, new HashSet<>(ids(out)).size());
    }

    @Test
    void failedStandardOutputStopsTheRunWithExitThree(@TempDir Path tmp) throws Exception {
        Path in = dump(tmp, "d.jsonl", 30);
        PrintStream stdout = System.out;
        int[] left = {2000};
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (--left[0] < 0) {
                    throw new IOException("Broken pipe");
                }
            }
        }));
        Run r;
        try {
            r = clean("-q", in.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(BatchOptions.EXIT_OUTPUT_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("cannot write standard output") && r.err().contains("records were written whole"), r.err());
    }

    @Test
    void symlinkToAFolderIsReadThroughTheLink(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectory(tmp.resolve("real"));
        dump(real, "d.jsonl", 3);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Path out = tmp.resolve("o.jsonl");
        assertEquals(0, clean("-q", link.toString(), "-o", out.toString()).code());
        assertEquals(3, Files.readAllLines(out).size());
    }

    @Test
    void specialFileGivenAsInputIsAnErrorRecord(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path out = tmp.resolve("o.jsonl");
        Run r = clean("-q", "/dev/zero", "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(Files.readString(out).contains("not a regular file"));
    }
}

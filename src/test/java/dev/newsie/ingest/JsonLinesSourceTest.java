package dev.newsie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesSourceTest {
    private static List<RawPage> read(Path f, long maxPageBytes) {
        List<RawPage> out = new ArrayList<>();
        new JsonLinesSource(f, new IngestLimits(maxPageBytes, 60_000)).read(out::add);
        return out;
    }

    @Test
    void overlongGzippedLineIsOneErrorRecordAndTheNextLineIsRead(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("dump.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            o.write("{\"id\":\"a\",\"text\":\"甲\"}\n{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1600; i++) { // 100 MiB on one line; the page limit is 64 KiB
                o.write(chunk);
            }
            o.write("\"}\n{\"id\":\"c\",\"text\":\"丙\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<RawPage> pages = read(f, 1 << 16);
        assertEquals(List.of("a", "dump.jsonl.gz:2", "c"), pages.stream().map(RawPage::id).toList());
        assertTrue(pages.get(1).ingestError().contains("over the limit"), pages.get(1).ingestError());
        assertFalse(pages.get(2).failed());
    }

    @Test
    void contentOverThePageLimitIsAnErrorRecord(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.jsonl"), "{\"id\":\"a\",\"text\":\"" + "大".repeat(500) + "\"}\n");
        RawPage p = read(f, 1000).get(0);
        assertEquals("a", p.id());
        assertTrue(p.ingestError().contains("page too large"), p.ingestError());
    }

    @Test
    void utf8ByteOrderMarkBeforeTheFirstLineIsSkipped(@TempDir Path tmp) throws Exception {
        byte[] body = "{\"id\":\"a\",\"text\":\"甲\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        RawPage p = read(Files.write(tmp.resolve("bom.jsonl"), b), 1 << 20).get(0);
        assertFalse(p.failed(), p.ingestError());
        assertEquals("a", p.id());
    }

    @Test
    void lineWithTwoObjectsIsAnErrorRecord(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.jsonl"), "{\"id\":\"a\",\"text\":\"甲\"} {\"id\":\"b\",\"text\":\"乙\"}\n");
        List<RawPage> pages = read(f, 1 << 20);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).ingestError().contains("content after the JSON object"), pages.get(0).ingestError());
    }

    @Test
    void emptyOrStructuredIdsFallBackToFileAndLine(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.jsonl"), "{\"id\":\"\",\"text\":\"甲\"}\n{\"id\":{},\"text\":\"乙\"}\n"
                + "{\"id\":[],\"text\":\"丙\"}\n{\"id\":\"  \",\"text\":\"丁\"}\n{\"id\":7,\"text\":\"戊\"}\n");
        assertEquals(List.of("d.jsonl:1", "d.jsonl:2", "d.jsonl:3", "d.jsonl:4", "7"), read(f, 1 << 20).stream().map(RawPage::id).toList());
    }

    @Test
    void crLfLinesAndNonStringContent(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.jsonl"), "{\"id\":\"a\",\"text\":\"甲\"}\r\n{\"id\":\"b\",\"html\":{}}\r\n");
        List<RawPage> pages = read(f, 1 << 20);
        assertFalse(pages.get(0).failed());
        assertTrue(pages.get(1).ingestError().contains("not a string"), pages.get(1).ingestError());
    }
}

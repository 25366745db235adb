package dev.newsie.model;

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

class JsonLinesFileTest {
    @Test
    void gzippedFileGivesItsNonBlankLinesWithTheirNumbers(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("{\"id\":\"a\"}\n\n  \n{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> seen = new ArrayList<>();
        JsonLinesFile.forEachLine(f, (no, line) -> seen.add(no + ":" + line));
        assertEquals(List.of("1:{\"id\":\"a\"}", "4:{\"id\":\"b\"}"), seen);
    }
}

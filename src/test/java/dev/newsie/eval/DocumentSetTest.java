package dev.newsie.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentSetTest {
    @Test
    void missingDirectoryIsAnErrorNamingIt(@TempDir Path tmp) {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentSet.load(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void malformedFileIsReportedAndOthersStillLoad(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.json"), "{\"doc\":\"a\",\"entities\":[]}");
        Files.writeString(tmp.resolve("b.json"), "{\"doc\":\"b\",\"entities\":[");
        DocumentSet s = DocumentSet.load(tmp);
        assertEquals(1, s.documents().size());
        assertEquals(1, s.errors().size());
        assertTrue(s.errors().get(0).contains("b.json") && s.errors().get(0).contains("malformed JSON"), s.errors().get(0));
    }

    @Test
    void unknownEventTypeIsReportedWithTheFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("p.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"events\":[{\"type\":\"PICNIC\"}]}\n{\"id\":\"b\"}\n");
        DocumentSet s = DocumentSet.load(f);
        assertEquals(1, s.documents().size());
        assertTrue(s.errors().get(0).contains("p.jsonl:1") && s.errors().get(0).contains("PICNIC"), s.errors().get(0));
    }
}

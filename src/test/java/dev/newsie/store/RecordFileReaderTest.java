package dev.newsie.store;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordFileReaderTest {
    private static final String GOOD = "{\"id\":\"a\",\"title\":\"标题\",\"entities\":[{\"id\":\"e1\",\"type\":\"CITY\",\"name\":\"上海\","
            + "\"mentions\":[{\"text\":\"申城\",\"start\":1,\"end\":3,\"rawStart\":10,\"rawEnd\":12}]}],\"events\":[],"
            + "\"relations\":[{\"type\":\"SISTER_CITY\",\"parties\":[\"上海\",\"科克\"],\"since\":\"2005\"}],\"errors\":[]}";

    private static List<Object> read(Path file) throws Exception {
        List<Object> out = new ArrayList<>();
        RecordFileReader.read(file, out::add, out::add);
        return out;
    }

    @Test
    void readsRecordsWithTheirLineNumbers(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("r.jsonl"), GOOD + "\n\n" + GOOD.replace("\"a\"", "\"b\"") + "\n");
        List<Object> got = read(f);
        assertEquals(2, got.size());
        LoadedRecord first = (LoadedRecord) got.get(0), second = (LoadedRecord) got.get(1);
        assertEquals("a", first.record().id());
        assertEquals(1, first.line());
        assertEquals(3, second.line());
        assertEquals("申城", first.record().entities().get(0).mentions().get(0).text());
        assertEquals("2005", first.record().relations().get(0).since());
    }

    @Test
    void reportsLinesThatAreNotJsonOrNotRecordsWithFileAndLineAndGoesOn(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("r.jsonl"), String.join("\n", GOOD, "{not json", "[1,2]", "{\"title\":\"no id\"}",
                "{\"id\":\"c\",\"relations\":[{\"type\":\"SISTER_CITY\",\"parties\":[\"上海\"]}]}",
                "{\"id\":\"d\",\"entities\":\"many\"}", GOOD.replace("\"a\"", "\"e\"")) + "\n");
        List<Object> got = read(f);
        assertEquals(7, got.size());
        assertTrue(got.get(0) instanceof LoadedRecord);
        assertTrue(got.get(6) instanceof LoadedRecord);
        BadLine notJson = (BadLine) got.get(1);
        assertEquals(f.toString(), notJson.file());
        assertEquals(2, notJson.line());
        assertTrue(notJson.reason().startsWith("not JSON"), notJson.reason());
        assertTrue(notJson.toString().startsWith(f + ":2: not JSON"), notJson.toString());
        assertTrue(((BadLine) got.get(2)).reason().contains("expected an object"));
        assertTrue(((BadLine) got.get(3)).reason().contains("no \"id\""));
        assertTrue(((BadLine) got.get(4)).reason().contains("exactly two parties"));
        assertEquals(6, ((BadLine) got.get(5)).line());
    }

    @Test
    void readsGzippedFiles(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("r.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a", ((LoadedRecord) read(f).get(0)).record().id());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        assertEquals("a", RecordFileReader.parse(GOOD.replace("\"title\"", "\"newField\":1,\"title\"")).id());
    }
}

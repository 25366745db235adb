package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ArticleRecord withId(String id) {
        return ArticleRecord.failed(id, null, new StageError("decode", "x"));
    }

    @Test
    void lineSeparatorsInsideStringsAreEscapedSoLinesStayLines() throws Exception {
        String json = RecordWriter.toJson(withId("a\u2028b\u2029c\u0085d"));
        assertFalse(json.contains("\u2028") || json.contains("\u2029") || json.contains("\u0085"), json);
        assertTrue(json.contains("\\u2028") && json.contains("\\u2029") && json.contains("\\u0085"), json);
        assertEquals("a\u2028b\u2029c\u0085d", JSON.readTree(json).get("id").asText());
    }

    @Test
    void loneSurrogatesAreEscapedNotTurnedIntoQuestionMarks() throws Exception {
        String id = "x\uD800y\uDC00z\uD83D\uDE00";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RecordWriter(bytes, "test").write(withId(id));
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("\\ud800") && line.contains("\\udc00"), line);
        assertTrue(line.contains("\uD83D\uDE00"), "a proper pair is written as the character: " + line);
        assertFalse(line.contains("?"), line);
        assertEquals(id, JSON.readTree(line).get("id").asText());
    }

    @Test
    void failedWriteThrowsNamingTheOutput() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        OutputFailedException e = assertThrows(OutputFailedException.class, () -> new RecordWriter(full, "out.jsonl").write(withId("a")));
        assertTrue(e.getMessage().contains("out.jsonl") && e.getMessage().contains("No space left"), e.getMessage());
    }

    @Test
    void failedWriteOnAPrintStreamIsNoticed() {
        PrintStream closedPipe = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        RecordWriter w = RecordWriter.toPrintStream(closedPipe, "standard output");
        assertThrows(OutputFailedException.class, () -> w.write(withId("a")));
        assertEquals(0, w.records());
    }
}

package dev.newsie.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedLinesTest {
    @Test
    void tooLongLineIsSkippedToItsEndAndTheNextLineIsReadWhole() throws Exception {
        String body = "短\r\n" + "x".repeat(50) + "\n最后";
        BoundedLines r = new BoundedLines(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 10);
        assertEquals("短", r.next().text());
        BoundedLines.Line longLine = r.next();
        assertTrue(longLine.tooLong());
        assertEquals(50, longLine.length());
        BoundedLines.Line last = r.next();
        assertEquals("最后", last.text());
        assertEquals(3, last.number());
        assertNull(r.next());
    }
}

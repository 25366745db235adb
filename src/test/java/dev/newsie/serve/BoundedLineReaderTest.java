package dev.newsie.serve;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedLineReaderTest {
    @Test
    void tooLongLineIsSkippedToItsEndAndTheNextLineIsReadWhole() throws Exception {
        String body = "短\r\n" + "x".repeat(50) + "\n最后";
        BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 10);
        assertEquals("短", r.next().text());
        BoundedLineReader.Line longLine = r.next();
        assertTrue(longLine.tooLong());
        assertEquals(50, longLine.bytes());
        BoundedLineReader.Line last = r.next();
        assertEquals("最后", last.text());
        assertEquals(3, last.number());
        assertNull(r.next());
    }
}

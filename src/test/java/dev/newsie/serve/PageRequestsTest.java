package dev.newsie.serve;

import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestsTest {
    private static final byte[] BODY = "杭州".getBytes(StandardCharsets.UTF_8);

    @Test
    void rawTextKeepsTheDeclaredCharsetAndQueryIdentity() {
        RawPage p = PageRequests.fromBody(BODY, "text/plain; charset=\"GB18030\"", "a1", "https://x.org/a1");
        assertEquals("GB18030", p.declaredCharset());
        assertEquals(RawPage.Kind.TEXT, p.kind());
        assertEquals("a1", p.id());
        assertEquals("https://x.org/a1", p.uri());
    }

    @Test
    void htmlWithoutCharsetLeavesDetectionToTheDecoder() {
        RawPage p = PageRequests.fromBody(BODY, "TEXT/HTML", null, null);
        assertNull(p.declaredCharset());
        assertEquals(RawPage.Kind.HTML, p.kind());
        assertTrue(p.id().startsWith("page-"));
    }

    @Test
    void unknownCharsetIsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> PageRequests.fromBody(BODY, "text/plain; charset=klingon-8", null, null));
        assertEquals(400, e.status());
    }

    @Test
    void missingContentTypeIs415() {
        assertEquals(415, assertThrows(BadRequestException.class, () -> PageRequests.fromBody(BODY, null, null, null)).status());
    }

    @Test
    void jsonObjectWithHtmlIsAnHtmlPageInUtf8() {
        RawPage p = PageRequests.fromJsonObject("{\"id\": \"x\", \"url\": \"u\", \"html\": \"<p>杭州</p>\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(RawPage.Kind.HTML, p.kind());
        assertEquals("UTF-8", p.declaredCharset());
        assertEquals("<p>杭州</p>", new String(p.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void batchLineThatIsNotAnObjectBecomesAFailedPageNamedByItsLine() {
        RawPage p = PageRequests.fromJsonLine("[1, 2]", 7);
        assertTrue(p.failed());
        assertEquals("line:7", p.id());
        assertTrue(p.ingestError().contains("expected a JSON object"));
    }
}

package dev.newsie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
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

class WarcSourceTest {
    private static final String PAGE = "<html><body><p>杭州与波尔图签署友好城市协议</p></body></html>";

    private static List<RawPage> read(Path dir, long maxPageBytes, byte[]... records) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] r : records) {
            b.writeBytes(r);
        }
        Path f = Files.write(dir.resolve("crawl.warc"), b.toByteArray());
        List<RawPage> out = new ArrayList<>();
        new WarcSource(f, new IngestLimits(maxPageBytes, 60_000)).read(out::add);
        return out;
    }

    private static byte[] ok(String uri) {
        return WarcFixtures.response(uri, "200 OK", "Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void responseWithoutTargetUriIsNamedByItsRecordIdAndTheArchiveGoesOn(@TempDir Path tmp) throws Exception {
        List<RawPage> pages = read(tmp, 1 << 20, ok("http://x/1"), ok(null), ok("http://x/3"));
        assertEquals(3, pages.size());
        assertFalse(pages.get(1).failed(), pages.get(1).ingestError());
        assertTrue(pages.get(1).uri().startsWith("<urn:uuid:"), pages.get(1).uri());
        assertEquals(WarcSource.idFor(pages.get(1).uri()), pages.get(1).id());
        assertEquals(WarcSource.idFor("http://x/3"), pages.get(2).id());
    }

    @Test
    void gzipContentEncodingIsDecoded(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] r = WarcFixtures.response("http://x/gz", "200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n", gz.toByteArray());
        RawPage p = read(tmp, 1 << 20, r).get(0);
        assertFalse(p.failed(), p.ingestError());
        assertEquals(PAGE, new String(p.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void deflateContentEncodingIsDecoded(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (OutputStream o = new java.util.zip.DeflaterOutputStream(df)) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] r = WarcFixtures.response("http://x/df", "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", df.toByteArray());
        assertEquals(PAGE, new String(read(tmp, 1 << 20, r).get(0).bytes(), StandardCharsets.UTF_8));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (OutputStream o = new java.util.zip.DeflaterOutputStream(raw, new java.util.zip.Deflater(6, true))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] r2 = WarcFixtures.response("http://x/raw", "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", raw.toByteArray());
        assertEquals(PAGE, new String(read(tmp, 1 << 20, r2).get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void notFoundResponseIsAnErrorRecordSayingTheStatus(@TempDir Path tmp) throws Exception {
        byte[] r = WarcFixtures.response("http://x/missing", "404 Not Found", "Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8));
        RawPage p = read(tmp, 1 << 20, r, ok("http://x/2")).get(0);
        assertTrue(p.failed() && p.ingestError().contains("HTTP status 404"), p.ingestError());
    }

    @Test
    void resourceRecordWithHtmlIsAPage(@TempDir Path tmp) throws Exception {
        byte[] r = WarcFixtures.record("resource", "file:///saved/page.html", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] img = WarcFixtures.record("resource", "file:///saved/a.png", "image/png", new byte[] {1, 2, 3});
        List<RawPage> pages = read(tmp, 1 << 20, r, img);
        assertEquals(1, pages.size());
        assertEquals(PAGE, new String(pages.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(RawPage.Kind.HTML, pages.get(0).kind());
    }

    @Test
    void payloadOverThePageLimitIsAnErrorRecordAndTheNextRecordIsRead(@TempDir Path tmp) throws Exception {
        byte[] big = WarcFixtures.response("http://x/big", "200 OK", "Content-Type: text/html\r\n", new byte[200_000]);
        List<RawPage> pages = read(tmp, 100_000, big, ok("http://x/2"));
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).ingestError().contains("page too large"), pages.get(0).ingestError());
        assertFalse(pages.get(1).failed());
    }
}

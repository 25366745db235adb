package dev.newsie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSourceTest {
    private static final IngestLimits LIMITS = new IngestLimits(1 << 20, 60_000);

    private static List<RawPage> read(Path f) {
        List<RawPage> out = new ArrayList<>();
        new FileSource(f, LIMITS).read(out::add);
        return out;
    }

    /** Writes {@code inflated} bytes of zeros, gzipped: a bomb of ~1000:1. */
    static void gzipBomb(Path f, long inflated) throws Exception {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            byte[] zeros = new byte[1 << 16];
            for (long n = 0; n < inflated; n += zeros.length) {
                o.write(zeros);
            }
        }
    }

    @Test
    void gzipBombStopsAtThePageLimit(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bomb.txt.gz");
        gzipBomb(f, 256L << 20); // 256 MiB inflated, 250 KB on disk; the limit is 1 MiB
        long heapBefore = usedHeap();
        List<RawPage> pages = read(f);
        assertEquals(1, pages.size());
        assertEquals("bomb", pages.get(0).id());
        assertTrue(pages.get(0).failed() && pages.get(0).ingestError().contains("page too large"), pages.get(0).ingestError());
        assertTrue(usedHeap() - heapBefore < 64L << 20, "the bomb was never held whole");
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void pageOfExactlyTheLimitIsRead(@TempDir Path tmp) throws Exception {
        Path f = Files.write(tmp.resolve("edge.txt"), new byte[1 << 20]);
        assertEquals(1 << 20, read(f).get(0).bytes().length);
        Files.write(f, new byte[(1 << 20) + 1]);
        assertTrue(read(f).get(0).failed());
    }

    @Test
    void endlessDeviceIsAnErrorRecordWithoutReading() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        List<RawPage> pages = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(zero));
        assertTrue(pages.get(0).failed() && pages.get(0).ingestError().contains("not a regular file"), pages.get(0).ingestError());
    }

    @Test
    void fifoIsAnErrorRecordInsteadOfBlockingTheRun(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("pipe.html");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo available");
        List<RawPage> pages = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(fifo));
        assertEquals("pipe", pages.get(0).id());
        assertTrue(pages.get(0).ingestError().contains("FIFO"), pages.get(0).ingestError());
    }

    @Test
    void slowReadPastTheTimeLimitIsAnErrorRecord() throws Exception {
        IngestLimits quick = new IngestLimits(1 << 20, 50);
        java.io.InputStream slow = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                b[off] = 'a';
                return 1;
            }
        };
        PageReadException e = org.junit.jupiter.api.Assertions.assertThrows(PageReadException.class, () -> BoundedRead.readAll(slow, quick));
        assertTrue(e.getMessage().contains("took longer than 50 ms"), e.getMessage());
    }

    @Test
    void idIsTheNameWithoutPageAndGzipExtensions() {
        assertEquals("x", FileSource.idOf(Path.of("a/x.html.gz")));
        assertEquals("x.y", FileSource.idOf(Path.of("x.y.txt")));
        assertEquals("noext", FileSource.idOf(Path.of("noext")));
    }
}

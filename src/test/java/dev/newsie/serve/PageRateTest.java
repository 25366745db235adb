package dev.newsie.serve;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageRateTest {
    @Test
    void rateCoversTheLastMinuteOnly() {
        AtomicLong now = new AtomicLong(1_000_000);
        PageRate rate = new PageRate(now::get);
        for (int i = 0; i < 30; i++) {
            rate.record();
        }
        now.addAndGet(10_000);
        assertEquals(3.0, rate.perSecond(), 1e-9, "30 pages in the first 10 s");
        now.addAndGet(60_000);
        for (int i = 0; i < 120; i++) {
            rate.record();
        }
        assertEquals(2.0, rate.perSecond(), 1e-9, "the old pages have left the window; 120 pages over 60 s");
    }
}

package dev.newsie.pipeline;

import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryBudgetTest {
    @Test
    void bigPageWaitsUntilTheMemoryItNeedsIsFree() throws Exception {
        MemoryBudget b = new MemoryBudget(10 << 20);
        int small = b.cost(3 << 20), big = b.cost(9 << 20);
        b.acquire(small);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                b.acquire(big);
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        assertFalse(admitted.await(200, TimeUnit.MILLISECONDS), "waits while another page holds memory");
        b.release(small);
        assertTrue(admitted.await(5, TimeUnit.SECONDS));
        t.join();
    }

    @Test
    void pageThatCouldNeverFitIsTold() {
        MemoryBudget b = new MemoryBudget(64L << 20);
        RawPage html = new RawPage("p", null, new byte[1 << 20], null, RawPage.Kind.HTML, null);
        RawPage text = new RawPage("t", null, new byte[1 << 20], null, RawPage.Kind.TEXT, null);
        assertEquals(256L << 20, MemoryBudget.need(html));
        assertFalse(b.fits(MemoryBudget.need(html)), "a MiB of tiny elements needs ~256 MB");
        assertTrue(b.fits(MemoryBudget.need(text)));
    }

    @Test
    void budgetIsAShareOfTheHeap() {
        assertEquals((long) ((4L << 30) * MemoryBudget.HEAP_SHARE), MemoryBudget.forHeap(4L << 30));
    }
}

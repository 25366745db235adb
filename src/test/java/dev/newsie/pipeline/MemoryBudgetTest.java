package dev.newsie.pipeline;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryBudgetTest {
    @Test
    void pageLargerThanTheBudgetWaitsUntilItRunsAlone() throws Exception {
        MemoryBudget b = new MemoryBudget(10 << 20);
        int small = b.cost(3 << 20), huge = b.cost(50L << 20);
        assertEquals(10 << 10, huge, "capped at the whole budget");
        b.acquire(small);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                b.acquire(huge);
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
    void budgetIsAShareOfTheHeap() {
        assertEquals((4L << 30) / MemoryBudget.HEAP_PER_PAGE_BYTE, MemoryBudget.forHeap(4L << 30));
        assertEquals(1 << 20, MemoryBudget.forHeap(1 << 20), "never below 1 MiB");
    }
}

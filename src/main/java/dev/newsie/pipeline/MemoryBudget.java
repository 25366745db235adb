package dev.newsie.pipeline;

import java.util.concurrent.Semaphore;

/**
 * Admits pages into processing by their size against a budget, so several huge pages at once cannot
 * exhaust the heap: a page's working memory (DOM, text copies, tokens) grows with its bytes. Admission is
 * fair (first come, first admitted); a page larger than the whole budget waits until it runs alone.
 */
final class MemoryBudget {
    /** Heap a page needs per byte of input at worst, measured on pages of a million tiny elements. */
    static final int HEAP_PER_PAGE_BYTE = 48;
    private final Semaphore kib;
    private final int capacityKib;

    MemoryBudget(long bytes) {
        this.capacityKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.kib = new Semaphore(capacityKib, true);
    }

    /** The budget for this JVM: the share of the heap that page processing may use. */
    static long forHeap(long maxHeapBytes) {
        return Math.max(1L << 20, maxHeapBytes / HEAP_PER_PAGE_BYTE);
    }

    int cost(long pageBytes) {
        return (int) Math.max(1, Math.min(capacityKib, (pageBytes + 1023) / 1024));
    }

    void acquire(int cost) throws InterruptedException {
        kib.acquire(cost);
    }

    void release(int cost) {
        kib.release(cost);
    }
}

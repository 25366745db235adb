package dev.newsie.pipeline;

import dev.newsie.ingest.RawPage;

import java.util.concurrent.Semaphore;

/**
 * Admits pages into processing by the heap they will need against a budget, so several huge pages at once
 * cannot exhaust the heap: a page's working memory (DOM, text copies, tokens) grows with its bytes. Admission
 * is fair (first come, first admitted). A page that would need more than the whole budget is not run at all
 * (its error record says so): it could only end in an OutOfMemoryError that takes the run with it.
 */
final class MemoryBudget {
    /**
     * Heap per input byte of HTML at worst: jsoup's DOM of a page of a million {@code <p>} takes 146 bytes per
     * input byte (measured, positions tracked), and the cleaner's blocks and texts come on top.
     */
    static final int HEAP_PER_HTML_BYTE = 256;
    /** Heap per input byte of a text page: text copies, offset maps, tokens. */
    static final int HEAP_PER_TEXT_BYTE = 64;
    /** Share of the heap that pages in processing may take; the rest is models, queues and the collector's room. */
    static final double HEAP_SHARE = 0.6;
    private final Semaphore kib;
    private final long capacityBytes;
    private final int capacityKib;

    MemoryBudget(long bytes) {
        this.capacityKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.capacityBytes = capacityKib * 1024L;
        this.kib = new Semaphore(capacityKib, true);
    }

    /** The budget for this JVM: the share of the heap that page processing may use. */
    static long forHeap(long maxHeapBytes) {
        return Math.max(16L << 20, (long) (maxHeapBytes * HEAP_SHARE));
    }

    /** The heap a page will need at worst. */
    static long need(RawPage page) {
        long perByte = page.kind() == RawPage.Kind.TEXT ? HEAP_PER_TEXT_BYTE : HEAP_PER_HTML_BYTE;
        return page.bytes().length * perByte;
    }

    boolean fits(long need) {
        return need <= capacityBytes;
    }

    long capacityBytes() {
        return capacityBytes;
    }

    /** Permits for a page's need, at least one and at most the whole budget. */
    int cost(long need) {
        return (int) Math.max(1, Math.min(capacityKib, (need + 1023) / 1024));
    }

    void acquire(int cost) throws InterruptedException {
        kib.acquire(cost);
    }

    void release(int cost) {
        kib.release(cost);
    }
}

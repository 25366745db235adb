package dev.newsie.serve;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Pages finished per second over the last minute, in one-second buckets, so the metric shows the current
 * rate rather than an average since start-up. Thread-safe; a bucket is reset when its second comes round.
 */
final class PageRate {
    private static final int SECONDS = 60;
    private final AtomicLongArray counts = new AtomicLongArray(SECONDS);
    private final AtomicLongArray stamps = new AtomicLongArray(SECONDS);
    private final LongSupplier clockMillis;
    private final long startedMillis;

    PageRate(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
        this.startedMillis = clockMillis.getAsLong();
    }

    void record() {
        long second = clockMillis.getAsLong() / 1000;
        int i = (int) (second % SECONDS);
        long stamp = stamps.get(i);
        if (stamp != second && stamps.compareAndSet(i, stamp, second)) {
            counts.set(i, 0);
        }
        counts.incrementAndGet(i);
    }

    /** Pages per second over the last minute (or since start, when younger than a minute). */
    double perSecond() {
        long now = clockMillis.getAsLong();
        long second = now / 1000;
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            long stamp = stamps.get(i);
            if (stamp > second - SECONDS && stamp <= second) {
                total += counts.get(i);
            }
        }
        double window = Math.min(SECONDS, Math.max(1.0, (now - startedMillis) / 1000.0));
        return total / window;
    }
}

package dev.newsie.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a batch run did: pages in, records out, error records by stage and reason, time. */
public final class BatchSummary {
    private long pagesIn, recordsOut, skipped, chars;
    private final Map<String, Integer> errors = new TreeMap<>();
    private final long startNanos = System.nanoTime();
    private String stopped;
    private long unfinished;

    synchronized void page() { pagesIn++; }
    synchronized void skip() { skipped++; }
    synchronized void record(int textChars) { recordsOut++; chars += textChars; }
    synchronized void error(String stage, String reason) {
        // Group by stage and the reason's first clause, so per-page details (sizes, line numbers) do not split groups.
        String kind = reason.replaceAll("[0-9]+", "N");
        int cut = kind.indexOf(':', kind.indexOf(':') + 1);
        errors.merge(stage + ": " + (cut > 0 ? kind.substring(0, cut) : kind), 1, Integer::sum);
    }

    /** The run stopped before its end (a signal, a failed output); {@code unfinished} pages read were not written. */
    synchronized void stopped(String why, long unfinished) { this.stopped = why; this.unfinished = unfinished; }

    /** Why the run stopped early, or null when it read every input to the end. */
    public synchronized String stoppedBecause() { return stopped; }
    public synchronized long unfinished() { return unfinished; }
    public synchronized long pagesIn() { return pagesIn; }
    public synchronized long recordsOut() { return recordsOut; }
    public synchronized long skipped() { return skipped; }
    public synchronized long chars() { return chars; }
    public synchronized int errorRecords() { return errors.values().stream().mapToInt(Integer::intValue).sum(); }
    public synchronized Map<String, Integer> errors() { return new TreeMap<>(errors); }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public synchronized String describe() {
        double s = elapsedSeconds();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "pages in: %d, records out: %d, skipped (resume): %d, error records: %d, elapsed: %.1f s, %.2f pages/s, %.0f chars/s",
                pagesIn, recordsOut, skipped, errorRecords(), s, s > 0 ? (recordsOut - 0) / s : 0, s > 0 ? chars / s : 0));
        errors.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%n  %5d × %s", v, k)));
        if (stopped != null) {
            sb.append(String.format(Locale.ROOT, "%nstopped early (%s): %d pages read but not written, the rest of the inputs not read",
                    stopped, unfinished));
        }
        return sb.toString();
    }
}

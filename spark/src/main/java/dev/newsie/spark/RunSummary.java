package dev.newsie.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job did, for the driver's log: pages in, records out, error records by stage and reason, time. Records
 * and errors are counted from the output as committed, so the figures are those of the files, retries included.
 */
public record RunSummary(long pagesIn, long recordsOut, Map<String, Long> errors, double seconds) implements Serializable {
    public RunSummary {
        errors = new TreeMap<>(errors);
    }

    public long errorRecords() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The group an error belongs to, as the CLI's summary groups them: the stage and the reason's first clause,
     * digits masked, so per-page details (sizes, line numbers) do not split groups.
     */
    public static String kind(String stage, String reason) {
        String kind = reason.replaceAll("[0-9]+", "N");
        int cut = kind.indexOf(':', kind.indexOf(':') + 1);
        return stage + ": " + (cut > 0 ? kind.substring(0, cut) : kind);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "pages in: %d, records out: %d, error records: %d, elapsed: %.1f s, %.2f pages/s",
                pagesIn, recordsOut, errorRecords(), seconds, seconds > 0 ? recordsOut / seconds : 0));
        errors.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%n  %5d × %s", v, k)));
        return sb.toString();
    }
}

package dev.newsie.store;

import java.util.List;
import java.util.Locale;

/** What a load did: records read and written, documents replaced, bad lines skipped, time taken. */
public record LoadSummary(long records, long documents, long withErrors, long batches, List<BadLine> badLines, double seconds) {
    public LoadSummary {
        badLines = List.copyOf(badLines);
    }

    public double recordsPerSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }

    /** One line for stderr. */
    public String describe(String database) {
        return String.format(Locale.ROOT, "loaded %d records (%d document rows written, %d of them error records) into %s in %d batches, "
                        + "%.1f s (%.0f records/s); %d bad lines skipped",
                records, documents, withErrors, database, batches, seconds, recordsPerSecond(), badLines.size());
    }
}

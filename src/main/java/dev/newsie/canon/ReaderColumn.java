package dev.newsie.canon;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of {@code models/} whose rows are {@code entry<TAB>readers}: one list for classes that each used to keep a
 * copy, the copies really differing, so each row names (space-separated) the readers that take its entry.
 */
public final class ReaderColumn {
    private ReaderColumn() {
    }

    /** The entries whose row names {@code reader}, in the file's order; a reader no row names is an error, not an empty list. */
    public static List<String> entries(List<ModelFile.Row> rows, String reader) {
        List<String> out = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (List.of(r.get(1).split(" +")).contains(reader)) {
                out.add(r.get(0));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no row" + (rows.isEmpty() ? "" : " of " + rows.get(0).file().getFileName())
                    + " names the reader '" + reader + "'");
        }
        return List.copyOf(out);
    }
}

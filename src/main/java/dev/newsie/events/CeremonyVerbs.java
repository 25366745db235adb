package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The verbs that name a ceremony of conferring (颁奖, 授勋, 授证 …), {@code models/events/ceremony-verbs.tsv}, read
 * once for the award readers; each row names the readers that take its word, since their lists really differ.
 */
final class CeremonyVerbs {
    private static final CeremonyVerbs FILE = new CeremonyVerbs(ModelFile.read("events/ceremony-verbs.tsv", 2));

    private final List<ModelFile.Row> rows;

    CeremonyVerbs(List<ModelFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The words of a list at {@code file} (a test's made-up rows). */
    static CeremonyVerbs read(Path file) {
        return new CeremonyVerbs(ModelFile.read(file, 2));
    }

    /** The file's verbs for {@code reader}, as an alternation (a non-capturing group). */
    static String of(String reader) {
        return FILE.alternation(reader);
    }

    /** The verbs whose row names {@code reader}, as an alternation; a reader no row names is an error, not a group that never matches. */
    String alternation(String reader) {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (List.of(r.get(1).split(" +")).contains(reader)) {
                words.add(r.get(0));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no ceremony verb is listed for the reader '" + reader + "'");
        }
        return WordAlternation.of(words);
    }
}

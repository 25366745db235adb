package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list of {@code models/events/} whose rows are {@code word<TAB>readers}: one list for readers that each used
 * to keep a copy, the copies really differing, so each row names the readers that take its word.
 */
final class ReaderWords {
    /** {@code ceremony-verbs.tsv}: the verbs that name a ceremony of conferring (颁奖, 授勋, 授证 …), for the award readers. */
    static final ReaderWords CEREMONY_VERBS = read("events/ceremony-verbs.tsv");

    /** {@code sides-acted-for.tsv}: the sides a signer acts for after 代表 (双方, 两市 …), for the signing readers. */
    static final ReaderWords SIDES_ACTED_FOR = read("events/sides-acted-for.tsv");

    private final Path file;
    private final List<ModelFile.Row> rows;

    private ReaderWords(Path file, List<ModelFile.Row> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    private static ReaderWords read(String name) {
        return read(ModelFile.resolve(name));
    }

    /** The words of a list at {@code file} (a test's made-up rows). */
    static ReaderWords read(Path file) {
        return new ReaderWords(file, ModelFile.read(file, 2));
    }

    /** The words whose row names {@code reader}, as an alternation; a reader no row names is an error, not a group that never matches. */
    String alternation(String reader) {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (List.of(r.get(1).split(" +")).contains(reader)) {
                words.add(r.get(0));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no word of " + file.getFileName() + " is listed for the reader '" + reader + "'");
        }
        return WordAlternation.of(words);
    }
}

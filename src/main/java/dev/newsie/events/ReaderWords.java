package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ReaderColumn;
import dev.newsie.text.WordAlternation;

import java.nio.file.Path;
import java.util.List;

/**
 * A word list of {@code models/events/} whose rows are {@code word<TAB>readers} ({@link ReaderColumn}), read as
 * regular-expression alternations, one for each reader.
 */
final class ReaderWords {
    /** {@code ceremony-verbs.tsv}: the verbs that name a ceremony of conferring (颁奖, 授勋, 授证 …), for the award readers. */
    static final ReaderWords CEREMONY_VERBS = read("events/ceremony-verbs.tsv");

    /** {@code ceremony-nouns.tsv}: the nouns that name a prize-giving's gathering after its verb (仪式, 典礼 …), for the award readers. */
    static final ReaderWords CEREMONY_NOUNS = read("events/ceremony-nouns.tsv");

    /** {@code sides-acted-for.tsv}: the sides a signer acts for after 代表 (双方, 两市 …), for the signing readers. */
    static final ReaderWords SIDES_ACTED_FOR = read("events/sides-acted-for.tsv");

    private final List<ModelFile.Row> rows;

    private ReaderWords(List<ModelFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    private static ReaderWords read(String name) {
        return read(ModelFile.resolve(name));
    }

    /** The words of a list at {@code file} (a test's made-up rows). */
    static ReaderWords read(Path file) {
        return new ReaderWords(ModelFile.read(file, 2));
    }

    /** The words whose row names {@code reader}, as an alternation; a reader no row names is an error, not a group that never matches. */
    String alternation(String reader) {
        return WordAlternation.of(ReaderColumn.entries(rows, reader));
    }
}

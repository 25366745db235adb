package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.ReaderColumn;

import java.nio.file.Path;
import java.util.List;

/**
 * The one-character prepositions and verbs that stand before a place, {@code models/prepositions-before-places.tsv},
 * read once for the readers that each used to keep a list; each row names the readers that take its character, since
 * their lists really differ.
 */
final class PrepositionsBeforePlaces {
    private static final PrepositionsBeforePlaces FILE = new PrepositionsBeforePlaces(ModelFile.read("prepositions-before-places.tsv", 2));

    private final List<ModelFile.Row> rows;

    private PrepositionsBeforePlaces(List<ModelFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The characters of a list at {@code file} (a test's made-up rows). */
    static PrepositionsBeforePlaces read(Path file) {
        return new PrepositionsBeforePlaces(ModelFile.read(file, 2));
    }

    /** The file's characters for {@code reader}, in the file's order. */
    static String of(String reader) {
        return FILE.characters(reader);
    }

    /** The characters whose row names {@code reader} ({@link ReaderColumn}); a row of more than one character is an error. */
    String characters(String reader) {
        for (ModelFile.Row r : rows) {
            if (r.get(0).length() != 1) {
                throw r.error("expected one character, found '" + r.get(0) + "'");
            }
        }
        return String.join("", ReaderColumn.entries(rows, reader));
    }
}

package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A list shared by readers (ReaderColumn) gives each the entries whose row names it, in order (made-up rows). */
class ReaderColumnTest {
    private static final List<ModelFile.Row> ROWS = List.of(
            new ModelFile.Row(Path.of("made-up.tsv"), 1, List.of("甲", "first second")),
            new ModelFile.Row(Path.of("made-up.tsv"), 2, List.of("乙", "second")),
            new ModelFile.Row(Path.of("made-up.tsv"), 3, List.of("丙", "first")));

    @Test
    void aReaderTakesOnlyTheEntriesWhoseRowNamesIt() {
        assertEquals(List.of("甲", "丙"), ReaderColumn.entries(ROWS, "first"));
        assertEquals(List.of("甲", "乙"), ReaderColumn.entries(ROWS, "second"));
    }

    @Test
    void aReaderNoRowNamesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ReaderColumn.entries(ROWS, "third"));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each reader of the prepositions before places (PrepositionsBeforePlaces) takes only the rows naming it (made-up rows). */
class PrepositionsBeforePlacesTest {
    @TempDir
    Path dir;

    private PrepositionsBeforePlaces list(String rows) throws IOException {
        Path file = dir.resolve("made-up-prepositions.tsv");
        Files.writeString(file, "# made-up-prepositions.tsv — invented rows for a test.\n" + rows, StandardCharsets.UTF_8);
        return PrepositionsBeforePlaces.read(file);
    }

    @Test
    void aCharacterServesOnlyTheReadersItsRowNames() throws IOException {
        PrepositionsBeforePlaces list = list("甲\tfirst second\n乙\tsecond\n");
        assertEquals("甲", list.characters("first"));
        assertEquals("甲乙", list.characters("second"));
    }

    @Test
    void aReaderNoRowNamesIsAnError() throws IOException {
        PrepositionsBeforePlaces list = list("甲\tfirst\n");
        assertThrows(IllegalArgumentException.class, () -> list.characters("third"));
    }

    @Test
    void aRowOfMoreThanOneCharacterIsAnError() throws IOException {
        PrepositionsBeforePlaces list = list("甲乙\tfirst\n");
        assertThrows(IllegalArgumentException.class, () -> list.characters("first"));
    }

    @Test
    void everyReaderOfTheModelFileHasItsCharacters() {
        for (String reader : new String[] {"segmenter-place", "leading", "glued", "company"}) {
            assertFalse(PrepositionsBeforePlaces.of(reader).isEmpty(), reader);
        }
    }
}

package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnerNounsTest {
    @Test
    void readsTheNounOfEachRow() {
        Path file = Path.of("events/partner-nouns.tsv");
        assertEquals(List.of("友好城市", "友城"), PartnerNouns.nouns(List.of(
                new ModelFile.Row(file, 3, List.of("友好城市")), new ModelFile.Row(file, 4, List.of("友城", "注")))));
    }

    @Test
    void refusesAnEmptyNounNamingItsFileAndLine() {
        Path file = Path.of("events/partner-nouns.tsv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartnerNouns.nouns(List.of(
                new ModelFile.Row(file, 3, List.of("友好城市")), new ModelFile.Row(file, 7, List.of(" ", "注")))));
        assertTrue(e.getMessage().startsWith(file + ":7: "), e.getMessage());
    }
}

package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFileTest {
    private static final ModelFile.Row ROW = new ModelFile.Row(Path.of("models/some-words.tsv"), 7, List.of("甲(乙"));

    @Test
    void aRowsRegexCompilesWithTheFlagsGiven() {
        Pattern p = ROW.pattern("ab+", Pattern.CASE_INSENSITIVE);
        assertTrue(p.matcher("ABB").matches());
    }

    @Test
    void aBadRegexFailsNamingTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ROW.pattern(ROW.get(0), 0));
        assertTrue(e.getMessage().startsWith(Path.of("models/some-words.tsv") + ":7: bad regex"), e.getMessage());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reader of the ceremony verbs (CeremonyVerbs) takes only the words whose row names it (made-up words). */
class CeremonyVerbsTest {
    @TempDir
    Path dir;

    private CeremonyVerbs verbs() throws IOException {
        Path file = dir.resolve("made-up-ceremony-verbs.tsv");
        Files.writeString(file, "# made-up-ceremony-verbs.tsv — invented words for a test.\n"
                + "授彩\tfirst second\n颁旗\tsecond\n", StandardCharsets.UTF_8);
        return CeremonyVerbs.read(file);
    }

    @Test
    void aWordServesOnlyTheReadersItsRowNames() throws IOException {
        Pattern first = Pattern.compile(verbs().alternation("first") + "仪式");
        Pattern second = Pattern.compile(verbs().alternation("second") + "仪式");
        assertTrue(first.matcher("举行授彩仪式").find());
        assertFalse(first.matcher("举行颁旗仪式").find());
        assertTrue(second.matcher("举行颁旗仪式").find());
        assertTrue(second.matcher("举行授彩仪式").find());
    }

    @Test
    void aReaderNoRowNamesIsAnError() throws IOException {
        CeremonyVerbs verbs = verbs();
        assertThrows(IllegalArgumentException.class, () -> verbs.alternation("third"));
    }

    @Test
    void everyReaderOfTheModelFileHasItsWords() {
        for (String reader : new String[] {"held-here", "host", "held", "held-alone", "own", "honours", "held-for",
                "confers", "prize", "held-by", "hosted-by"}) {
            assertTrue(Pattern.compile(CeremonyVerbs.of(reader)).matcher("颁奖授证").find(), reader);
        }
    }
}

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

/** Each reader of a word list (ReaderWords) takes only the words whose row names it (made-up words). */
class ReaderWordsTest {
    @TempDir
    Path dir;

    private ReaderWords verbs() throws IOException {
        Path file = dir.resolve("made-up-ceremony-verbs.tsv");
        Files.writeString(file, "# made-up-ceremony-verbs.tsv — invented words for a test.\n"
                + "授彩\tfirst second\n颁旗\tsecond\n", StandardCharsets.UTF_8);
        return ReaderWords.read(file);
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
        ReaderWords verbs = verbs();
        assertThrows(IllegalArgumentException.class, () -> verbs.alternation("third"));
    }

    @Test
    void everyReaderOfTheCeremonyVerbsHasItsWords() {
        for (String reader : new String[] {"held-here", "host", "held", "held-alone", "own", "honours", "held-for",
                "confers", "prize", "held-by", "hosted-by"}) {
            assertTrue(Pattern.compile(ReaderWords.CEREMONY_VERBS.alternation(reader)).matcher("颁奖授证").find(), reader);
        }
    }

    @Test
    void theOwnPrizeGivingReadsItsNounsFromTheirList() {
        Pattern own = Pattern.compile(ReaderWords.CEREMONY_NOUNS.alternation("own"));
        assertTrue(own.matcher("甲乙奖颁奖典礼在丙市举行").find());
        assertFalse(own.matcher("甲乙奖获奖名单在丙市公布").find());
        assertTrue(AwardCeremony.ownPrizeGivingAt("“甲乙奖”颁奖晚会", 4));
        assertFalse(AwardCeremony.ownPrizeGivingAt("“甲乙奖”颁奖名单", 4));
    }

    @Test
    void everyReaderOfTheSidesActedForHasItsWords() {
        for (String reader : new String[] {"agents", "each", "told-pair", "two-signers", "met", "speakers"}) {
            assertTrue(Pattern.compile(ReaderWords.SIDES_ACTED_FOR.alternation(reader)).matcher("双方").find(), reader);
        }
    }

    @Test
    void theOwnSideReaderTakesOnlySidesOfOnesOwn() {
        Pattern ownSide = Pattern.compile(ReaderWords.SIDES_ACTED_FOR.alternation("own-side"));
        assertTrue(ownSide.matcher("甲市、乙市和丙市三方代表签署了合作协议").find());
        assertFalse(ownSide.matcher("甲市和乙市双方代表签署了合作协议").find());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a transliterated name is glossed by its Latin original in brackets. */
class LatinGlossedNamesTest {
    @Test
    void aGlossedNameAfterACityIsAPerson() {
        Set<String> n = MadeUpSentences.persons("副市长一行拜会了奥伦多市萨莫(Peter Sammot)市长。");
        assertTrue(n.contains("萨莫"), n.toString());
    }

    @Test
    void aGlossedNameWithAMiddleWordIsAPerson() {
        Set<String> n = MadeUpSentences.persons("代表团拜会了佩兰州哈桑(Hasan Bin Omar)首席部长。");
        assertTrue(n.contains("哈桑"), n.toString());
    }

    @Test
    void aOneWordGlossIsAPlacesNotAPersons() {
        Set<String> n = MadeUpSentences.persons("考察团乘车前往维斯布鲁(Westbrook)参观港口。");
        assertFalse(n.contains("维斯布鲁"), n.toString());
    }

    @Test
    void aRunCutBySuffixOrHeadIsNoName() {
        Set<String> n = MadeUpSentences.persons("代表团访问了里弗顿市(Riverton Borough),并出席湖区发展论坛(Lakeland Growth Forum)。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aGlossOpenedOrEndedByAPlacesWordIsNoPerson() {
        Set<String> n = MadeUpSentences.persons("考察团到访拉斯维加斯(Las Vegas),参观了斯坦福(Stanford University),晚宴在布里斯托尔(Bristol Hall)举行。");
        assertTrue(n.isEmpty(), n.toString());
    }
}

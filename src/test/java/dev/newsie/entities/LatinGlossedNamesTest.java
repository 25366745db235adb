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
        Set<String> n = MadeUpSentences.persons("该市与魁省博兰丰(Beaulanfonds)结为姊妹城市。");
        assertFalse(n.contains("博兰丰"), n.toString());
    }

    @Test
    void aRunCutBySuffixOrHeadIsNoName() {
        Set<String> n = MadeUpSentences.persons("代表团访问了坦普利市(Templey City),并出席太平洋城市峰会(Pacific Cities Summit)。");
        assertTrue(n.isEmpty(), n.toString());
    }
}

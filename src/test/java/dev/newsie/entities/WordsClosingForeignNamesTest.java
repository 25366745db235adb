package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a foreign name is followed by 一行 or by the 时 that closes a time clause. */
class WordsClosingForeignNamesTest {

    @Test
    void aPartyWordIsNoPartOfTheName() {
        Set<String> e = MadeUpSentences.entityKeys("在会见阿米尔·哈克一行时，市长表示欢迎。");
        assertTrue(e.contains("PERSON 阿米尔·哈克"), e.toString());
        assertFalse(e.stream().anyMatch(k -> k.contains("一行")), e.toString());
    }

    @Test
    void theWhenOfATimeClauseIsNoPartOfTheName() {
        Set<String> e = MadeUpSentences.entityKeys("在视频会见卡洛·贝尔托时，市长表示欢迎。");
        assertTrue(e.contains("PERSON 卡洛·贝尔托"), e.toString());
    }

    @Test
    void aNameEndingInACommonSyllableStays() {
        Set<String> e = MadeUpSentences.entityKeys("卡尔米·哈托出席了仪式。");
        assertTrue(e.contains("PERSON 卡尔米·哈托"), e.toString());
    }
}

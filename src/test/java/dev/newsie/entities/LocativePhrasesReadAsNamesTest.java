package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a noun and its locative, opened by a family name's character, stand before a verb of speech. */
class LocativePhrasesReadAsNamesTest {
    @Test
    void theMeetingAfterThePrepositionIsNoName() {
        Set<String> n = MadeUpSentences.persons("甲乙市副市长于会上表示,两地合作前景广阔。");
        assertFalse(n.contains("于会上"), n.toString());
        Set<String> m = MadeUpSentences.persons("丙丁县县长于会中强调,双方要深化农业合作。");
        assertFalse(m.contains("于会中"), m.toString());
        Set<String> k = MadeUpSentences.persons("戊己州州长于会后指出,两州友谊源远流长。");
        assertFalse(k.contains("于会后"), k.toString());
    }

    @Test
    void theLetterAfterThePrepositionIsNoName() {
        Set<String> n = MadeUpSentences.persons("庚辛市市长于信中写道,期待早日回访。");
        assertFalse(n.contains("于信中"), n.toString());
    }

    @Test
    void aWordOfPlaceAloneIsNoName() {
        Set<String> n = MadeUpSentences.persons("两位市民联名提交建议；文中呼吁,两地加强青少年交流。");
        assertFalse(n.contains("文中"), n.toString());
        Set<String> m = MadeUpSentences.persons("李会长席间表示,两市友谊深厚。");
        assertFalse(m.contains("席间"), m.toString());
    }

    @Test
    void aNounAndItsLocativeAfterAWordsLastCharacterIsNoName() {
        assertTrue(LocativePhrasesReadAsNames.isPhrase("团成员中"));
        assertTrue(LocativePhrasesReadAsNames.isPhrase("于会中"));
    }

    @Test
    void givenNamesEndingInALocativesCharacterStay() {
        assertFalse(LocativePhrasesReadAsNames.isPhrase("李建中"));
        assertFalse(LocativePhrasesReadAsNames.isPhrase("于建中"));
        Set<String> n = MadeUpSentences.persons("会谈结束后,副市长于建中表示,两地交往日益密切。");
        assertTrue(n.contains("于建中"), n.toString());
    }
}

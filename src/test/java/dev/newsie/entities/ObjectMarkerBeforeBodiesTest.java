package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where the segmenter reads the object marker 对 with the words around it into one organisation
 * token (某人对某市政府的支持表示感谢), and where a governing verb is glued onto an international body's name.
 */
class ObjectMarkerBeforeBodiesTest {

    @Test
    void thePersonAndHis对AreNoPartOfTheBody() {
        Set<String> n = MadeUpSentences.organizations("李安对襄阳市政府长期的帮助深表谢意。");
        assertTrue(n.contains("襄阳市政府"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.contains("对")), n.toString());
    }

    @Test
    void aBareHeadAfter对NamesNoBody() {
        Set<String> n = MadeUpSentences.organizations("大使致谢，松本市对总领馆给予关照。");
        assertFalse(n.stream().anyMatch(x -> x.contains("对")), n.toString());
    }

    @Test
    void 对InAWordOfTheNameStays() {
        Set<String> n = MadeUpSentences.organizations("临江市对外文化交流协会会长出席。");
        assertTrue(n.contains("临江市对外文化交流协会"), n.toString());
    }

    @Test
    void aVerbGluedOntoAUnitedNationsBodyIsCut() {
        Set<String> n = MadeUpSentences.organizations("两市拟利用联合国城市伙伴办公室，开展合作。");
        assertTrue(n.contains("联合国城市伙伴办公室"), n.toString());
    }
}

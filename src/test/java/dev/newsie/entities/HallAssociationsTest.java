package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a 会馆 with a chair is an association; a 会馆 where something is held is a building. */
class HallAssociationsTest {
    @Test
    void aHallWithAChairIsAnAssociation() {
        Set<String> found = MadeUpSentences.entityKeys("代表团拜会了中澳文化交流会馆会长林立德,双方交换了意见。");
        assertTrue(found.contains("ORGANIZATION 中澳文化交流会馆"), found.toString());
    }

    @Test
    void aFormerChairAlsoMakesTheHallAnAssociation() {
        Set<String> found = MadeUpSentences.entityKeys("侨界推选白沙会馆前主席梁立邦担任顾问。");
        assertTrue(found.contains("ORGANIZATION 白沙会馆"), found.toString());
    }

    @Test
    void aHallWhereSomethingIsHeldIsABuilding() {
        Set<String> found = MadeUpSentences.entityKeys("市长金立洙今天在青河市民会馆主持颁奖仪式。");
        assertFalse(found.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("会馆")), found.toString());
    }
}

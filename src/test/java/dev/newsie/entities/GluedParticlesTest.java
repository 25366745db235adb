package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 的 and 原/前 ("former") glued onto a body's name by the segmenter are no part of it (made-up sentences). */
class GluedParticlesTest {
    @Test
    void theParticleBeforeAPlaceOpensNoName() {
        var found = MadeUpSentences.organizations("应邀来访的老挝国会副主席一行参观了园区。");
        assertTrue(found.contains("老挝国会"), found.toString());
    }

    @Test
    void aFormerMembersHouseIsNoBody() {
        assertEquals(java.util.Set.of(), MadeUpSentences.organizations("两位原国会议员也出席了招待会。"));
    }
}

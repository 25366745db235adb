package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for a body written as its Latin acronym and the class noun 组织. */
class LatinAcronymBodiesTest {
    private static Candidate org(String name) {
        return new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void anAcronymAndTheClassNounNameTheBodyByTheAcronym() {
        assertEquals("QRSA", LatinAcronymBodies.byAcronym(org("QRSA组织")).name());
    }

    @Test
    void aChineseNameEndingInTheClassNounStaysWhole() {
        assertEquals("青河合作组织", LatinAcronymBodies.byAcronym(org("青河合作组织")).name());
        assertEquals("QRSA组织部", LatinAcronymBodies.byAcronym(org("QRSA组织部")).name());
    }

    @Test
    void theAcronymIsNamedWhereverTheClauseGoesOn() {
        Set<String> k = MadeUpSentences.entityKeys("两市代表出席会议\n\nQRSA组织联合主席王明出席会议。\n\n"
                + "据悉,KLMN组织前身创立于1920年,白山市是其会员。\n\n青河市长李华表示,愿在WXYZ组织框架下与白山市加强合作。");
        assertTrue(k.contains("ORGANIZATION QRSA") && k.contains("ORGANIZATION KLMN") && k.contains("ORGANIZATION WXYZ"), k.toString());
        assertFalse(k.contains("ORGANIZATION QRSA组织"), k.toString());
    }

    @Test
    void anAcronymTheAliasTableKnowsTakesItsChineseName() {
        Set<String> k = MadeUpSentences.entityKeys("两市代表出席会议\n\n白山市加入了UCLG组织。");
        assertTrue(k.contains("ORGANIZATION 世界城地组织"), k.toString());
    }
}

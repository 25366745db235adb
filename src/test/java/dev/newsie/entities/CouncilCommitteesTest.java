package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a council's standing committee (某市议会某某委员会) is a unit of the council, which is the body named. */
class CouncilCommitteesTest {
    @Test
    void aCommitteeOfACityCouncilNamesTheCouncil() {
        Set<String> found = MadeUpSentences.entityKeys("韩国原州市议会福利保健委员会委员长朴成洙等原州市代表团成员出席了签约仪式。");
        assertTrue(found.contains("ORGANIZATION 原州市议会"), found.toString());
        assertFalse(found.contains("ORGANIZATION 原州市议会福利保健委员会"), found.toString());
    }

    @Test
    void aShortCommitteeNameAfterTheCouncilIsCutToo() {
        Set<String> found = MadeUpSentences.entityKeys("日本松江市议会总务委员会委员长田村一郎一行到访。");
        assertTrue(found.contains("ORGANIZATION 松江市议会"), found.toString());
    }

    @Test
    void onlyACommitteeAfterACouncilIsCut() {
        assertEquals(0, CouncilCommittees.committeeLength("省人民政府外事工作委员会"));
        assertEquals(0, CouncilCommittees.committeeLength("议会委员会"));
        assertEquals(7, CouncilCommittees.committeeLength("原州市议会福利保健委员会"));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a council written bare before its officer's title in a list of a city's officials
 * (某市副市长某某、市议会副议长某某) is no person but that city's council.
 */
class BareCouncilIsNoPersonTest {
    @Test
    void aCouncilWrittenBareBeforeItsOfficersTitleIsNoPerson() {
        Set<String> e = MadeUpSentences.entityKeys("日本樱岛市副市长高木一郎、市议会副议长山本花子率团来访。");
        assertFalse(e.stream().anyMatch(x -> x.startsWith("PERSON") && x.endsWith("议会")), e.toString());
        e = MadeUpSentences.entityKeys("日本樱岛市副市長高木一郎、市議會副議長山本花子率團來訪。");
        assertFalse(e.stream().anyMatch(x -> x.startsWith("PERSON") && x.endsWith("议会")), e.toString());
    }

    @Test
    void theBareCouncilIsTheCouncilOfTheCityOfItsClause() {
        Set<String> e = MadeUpSentences.entityKeys("出席的嘉宾有日本樱岛市副市长高木一郎、市议会副议长山本花子,以及智利白河市副市长、市议会议员卡洛斯·贝拉。");
        assertTrue(e.contains("ORGANIZATION 樱岛市议会"), e.toString());
        assertTrue(e.contains("ORGANIZATION 白河市议会"), e.toString());
        e = MadeUpSentences.entityKeys("会上,市议会议长致辞。");
        assertFalse(e.stream().anyMatch(x -> x.startsWith("ORGANIZATION") && x.endsWith("议会")), e.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a body's name is the first part of its building's name, a venue and no body. */
class BuildingsOfBodiesTest {
    @Test
    void aGovernmentsSquareIsAVenue() {
        Set<String> n = organizations("市长率全体市议员在松本市政府广场欢迎代表团。");
        assertTrue(n.stream().noneMatch(x -> x.contains("政府")), n.toString());
    }

    @Test
    void theSameGovernmentActingIsABody() {
        Set<String> n = organizations("松本市政府与襄阳市政府签署了合作协议。");
        assertTrue(n.contains("松本市政府"), n.toString());
    }

    @Test
    void buildingWordsAreReadAfterTheName() {
        assertTrue(BuildingsOfBodies.namesBuilding("在甲市政府大楼会见", 5));
        assertFalse(BuildingsOfBodies.namesBuilding("甲市政府与乙市", 4));
    }
}

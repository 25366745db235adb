package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 某国建国阵线, 某国祖国阵线: a socialist state's national united front is a named body (made-up sentences). */
class NationalFrontsTest {
    @Test
    void aCountrysNationalFrontIsABody() {
        var found = MadeUpSentences.organizations("代表团拜会了越南祖国阵线中央委员会领导。");
        assertTrue(found.stream().anyMatch(n -> n.startsWith("越南祖国阵线")), found.toString());
        found = MadeUpSentences.organizations("我会与越南祖国阵线共同举办联欢会。");
        assertTrue(found.contains("越南祖国阵线"), found.toString());
    }

    @Test
    void aFrontWithoutAProperNameIsNone() {
        var found = MadeUpSentences.organizations("双方始终站在同一阵线。");
        assertFalse(found.stream().anyMatch(n -> n.endsWith("阵线")), found.toString());
    }
}

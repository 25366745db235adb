package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses whose subject, preposition or verb and governed body the segmenter reads as one run of name tokens. */
class InnerGovernorsTest {
    @Test
    void aPrepositionOfDirectionBeforeAnInternationalBodyOpensItsName() {
        Set<String> n = organizations("襄阳市把推荐材料向联合国教科文组织提交。");
        assertTrue(n.stream().noneMatch(x -> x.contains("向")), n.toString());
    }

    @Test
    void aVerbOfActingJointlyBeforeAPlacesBodyOpensItsName() {
        Set<String> n = organizations("友城周期间,沈阳市联合芝加哥市政府举办画展。");
        assertTrue(n.contains("芝加哥市政府"), n.toString());
    }

    @Test
    void aPrepositionOfPlaceBetweenSubjectAndBodyOpensItsName() {
        Set<String> n = organizations("双方于松本市役所签署协议。松本市是长野县的城市。");
        assertTrue(n.contains("松本市役所"), n.toString());
    }

    @Test
    void aNameWithTheWordAndNoPlaceAfterItStaysWhole() {
        Set<String> n = organizations("烟台市工商业联合会会长出席。");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("会")), n.toString());
    }

    @Test
    void aVerbOfVisitingInsideTheRunOpensTheVisitedBodysName() {
        // the run as read, and the visited body's name that opens after the verb (no place needed after it)
        for (String[] run : new String[][] {{"白沙乡交流团拜会青河市水务局", "青河市水务局"}, {"青河代表团会见白沙市商会", "白沙市商会"}}) {
            int cut = NameEdges.afterInnerGovernor(run[0], 0, run[0].length(), List.of());
            assertEquals(run[1], run[0].substring(cut));
        }
    }
}

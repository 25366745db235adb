package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
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
}

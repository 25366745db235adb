package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses whose preposition or governing verb the segmenter glues onto the body named after it. */
class GluedGovernorsTest {
    @Test
    void aPrepositionBeforeAPlacesBodyOpensTheClauseNotTheName() {
        Set<String> n = organizations("为更好地利用九江市友协平台服务企业,两地签署了协议。九江市代表出席。");
        assertTrue(n.contains("九江市友协"), n.toString());
        Set<String> m = organizations("经全国友协推荐,两市建立了联系。");
        assertTrue(m.contains("全国友协"), m.toString());
    }

    @Test
    void aPrepositionOfPlaceBeforeAPlacesBodyOpensTheClauseNotTheName() {
        Set<String> n = organizations("两市代表于松本市役所举行座谈。松本市是长野县的城市。");
        assertTrue(n.contains("松本市役所"), n.toString());
    }

    @Test
    void aNameThatOpensWithTheSameCharacterStaysWhole() {
        Set<String> n = organizations("九江经济技术开发区管委会主任出席。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("济")), n.toString());
    }
}

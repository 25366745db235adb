package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses whose subject, verb and object the segmenter reads as one organisation. */
class ClauseVerbsTest {
    @Test
    void aTitledNameLeadingAGovernmentNamesNoBody() {
        Set<String> n = organizations("应邀来访的青州市委书记王海涛率政府及商界代表团一行参观了港口。");
        assertEquals(Set.of("青州市委"), n);
    }

    @Test
    void aTitledNameWishingSomethingOfAMissionNamesNoBody() {
        Set<String> n = organizations("德国驻蓉总领事馆参赞施密特希望总领事馆与本市深化合作。");
        assertEquals(Set.of("德国驻蓉总领事馆"), n);
    }

    @Test
    void aVerbAfterACommaOpensNoName() {
        Set<String> n = organizations("院长回顾了两校合作历程,希望总领馆继续提供支持。");
        assertTrue(n.stream().noneMatch(x -> x.contains("希望")), n.toString());
    }

    @Test
    void aDateAndAVisitOpenNoName() {
        Set<String> n = organizations("忠清南道代表团9日访问洪城郡厅,双方进行了会谈。");
        assertTrue(n.contains("洪城郡厅"), n.toString());
    }

    @Test
    void aVerbInsideAProperNameStays() {
        Set<String> n = organizations("新希望集团董事长王大海出席了签约仪式。");
        assertTrue(n.contains("新希望集团"), n.toString());
    }
}

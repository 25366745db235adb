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
        Set<String> n = organizations("顺化市委书记黎文明率政府及企业家代表团一行访问北京。");
        assertEquals(Set.of("顺化市委"), n);
    }

    @Test
    void aTitledNameWishingSomethingOfAMissionNamesNoBody() {
        Set<String> n = organizations("英国驻沪总领馆领事白思文希望总领馆与学校加强合作。");
        assertEquals(Set.of("英国驻沪总领馆"), n);
    }

    @Test
    void aVerbAfterACommaOpensNoName() {
        Set<String> n = organizations("校长介绍了学校概况,希望领事馆为双方交流搭建平台。");
        assertTrue(n.stream().noneMatch(x -> x.contains("希望")), n.toString());
    }

    @Test
    void aDateAndAVisitOpenNoName() {
        Set<String> n = organizations("忠清南道代表团15日访问洪城郡厅,双方进行了会谈。");
        assertTrue(n.contains("洪城郡厅"), n.toString());
    }

    @Test
    void aVerbInsideAProperNameStays() {
        Set<String> n = organizations("新希望集团董事长王大海出席了签约仪式。");
        assertTrue(n.contains("新希望集团"), n.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: common nouns ending in the 局 of a bureau (格局, 变局, 大局),
 * the 署 of an agency (部署) or the 部 of a department (干部) name no organisation. */
class WordsEndingInAHeadCharacterTest {
    @Test
    void aPatternOfCooperationIsNoBureau() {
        Set<String> k = MadeUpSentences.entityKeys("烟台市与襄阳市形成了全方位、多层次的合作新格局。两市打造了交往的新格局。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("局")), k.toString());
    }

    @Test
    void aChangeOfTimesIsNoBureau() {
        Set<String> k = MadeUpSentences.entityKeys("松本市长说,面对世界大变局,两地交往要服从外交大局。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("局")), k.toString());
    }

    @Test
    void aDeploymentIsNoAgency() {
        Set<String> k = MadeUpSentences.entityKeys("烟台企业将助力国家战略部署,推动两市合作。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("部署")), k.toString());
    }

    @Test
    void aCadreIsNoDepartment() {
        Set<String> k = MadeUpSentences.entityKeys("烟台市青年干部与襄阳市代表座谈。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("干部")), k.toString());
    }

    @Test
    void aBureauNamedByItsPlaceStays() {
        Set<String> k = MadeUpSentences.entityKeys("烟台市文化和旅游局与襄阳市外事局签署合作备忘录。");
        assertTrue(k.contains("ORGANIZATION 烟台市文化和旅游局"), k.toString());
        assertTrue(k.contains("ORGANIZATION 襄阳市外事局"), k.toString());
    }
}

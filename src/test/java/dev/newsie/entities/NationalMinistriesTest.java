package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a foreign country, its ministry's portfolio words and 部 or 署 are one body, however the portfolios are listed. */
class NationalMinistriesTest {
    @Test
    void portfoliosListedWithCommaAndConjunctionStayInTheName() {
        Set<String> k = MadeUpSentences.entityKeys("英国渔业、创新与海港部官员访问了襄阳。");
        assertTrue(k.contains("ORGANIZATION 英国渔业、创新与海港部"), k.toString());
        assertFalse(k.contains("ORGANIZATION 海港部"), k.toString());
    }

    @Test
    void anAgencyAfterAConjunctionKeepsItsCountry() {
        Set<String> k = MadeUpSentences.entityKeys("澳大利亚联邦港口及海岸保卫署代表出席了烟台的会议。");
        assertTrue(k.contains("ORGANIZATION 澳大利亚联邦港口及海岸保卫署"), k.toString());
    }

    @Test
    void aPortfolioTaggedAsAVerbStillNamesTheMinistry() {
        Set<String> k = MadeUpSentences.entityKeys("老挝渔业和林产部部长会见了烟台市代表团。");
        assertTrue(k.contains("ORGANIZATION 老挝渔业和林产部"), k.toString());
    }

    @Test
    void aChiefMinisterIsATitleAndADepartmentOfAnyBodyNoMinistry() {
        Set<String> k = MadeUpSentences.entityKeys("印度第九邦首席部长到访襄阳。日本政府部门官员出席了松本的活动。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("首席部") || n.endsWith("政府部")), k.toString());
    }

    @Test
    void aDocumentTitleOpensNoMinistry() {
        Set<String> k = MadeUpSentences.entityKeys("双方签署了《烟台市和新加坡贸工部关于合作的备忘录》。");
        assertFalse(k.contains("ORGANIZATION 新加坡贸工部"), k.toString());
    }

    @Test
    void aHomeMinistryWhosePortfoliosAreJoinedByAConjunctionIsOneBody() {
        // 和 inside the State Council's ministries' names (models/gazetteer/organizations.tsv) ends no name there
        Set<String> k = MadeUpSentences.entityKeys("文化和旅游部、住房和城乡建设部与甲乙市人民政府共同主办了这次活动。");
        assertTrue(k.contains("ORGANIZATION 文化和旅游部") && k.contains("ORGANIZATION 住房和城乡建设部"), k.toString());
        assertFalse(k.contains("ORGANIZATION 旅游部") || k.contains("ORGANIZATION 城乡建设部"), k.toString());
    }

    @Test
    void aPlacesOwnDepartmentOfTheSamePortfolioIsNoMinistry() {
        Set<String> k = MadeUpSentences.entityKeys("会上,该市文化和旅游部门、水利部门负责人作了发言。");
        assertFalse(k.contains("ORGANIZATION 文化和旅游部") || k.contains("ORGANIZATION 水利部"), k.toString());
    }
}

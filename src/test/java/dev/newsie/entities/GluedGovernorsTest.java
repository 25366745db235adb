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

    @Test
    void aCopulaOfAPastStandingOpensTheClauseNotTheName() {
        Set<String> n = organizations("这里环境安静,原为青河州政府一处宾馆。");
        assertTrue(n.contains("青河州政府"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("原为")), n.toString());
    }

    @Test
    void aPrepositionOfDirectionOrSequenceBeforeAPlacesBodyOpensTheClause() {
        java.util.List<Candidate> places = java.util.List.of(
                new Candidate(1, 4, dev.newsie.model.EntityType.CITY, "青河", null, Candidate.Source.PATTERN));
        org.junit.jupiter.api.Assertions.assertEquals(1, NameEdges.afterGluedGovernor("向青河市政府", 0, 6, places));
        org.junit.jupiter.api.Assertions.assertEquals(1, NameEdges.afterGluedGovernor("继青河市贸易局", 0, 7, places));
        org.junit.jupiter.api.Assertions.assertEquals(0, NameEdges.afterGluedGovernor("向阳小学", 0, 4, java.util.List.of())); // no place after 向
    }

    @Test
    void aClauseWordGluedOntoABareHeadNounNamesNoBody() {
        Set<String> n = organizations("他说自己当年曾是委员会会员,而议会也通过了决议。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("曾是") || x.startsWith("而")), n.toString());
        assertTrue(NameEdges.governsBareHead("而议会", 0, 3, h -> h.equals("议会")));
        assertTrue(!NameEdges.governsBareHead("而议会", 0, 3, h -> false));
    }

    @Test
    void aGovernorBeforeALevelsBareBodyOpensTheClauseAndTheBodyIsThePlacesOwn() {
        java.util.Set<String> k = MadeUpSentences.entityKeys("绍兴与维罗纳交流\n\n【青河讯】应市政府邀请,意大利维罗纳市代表团昨日抵达绍兴市。");
        assertTrue(k.contains("ORGANIZATION 绍兴市政府"), k.toString());
        assertTrue(k.stream().noneMatch(e -> e.startsWith("ORGANIZATION 应")), k.toString());
        java.util.Set<String> m = MadeUpSentences.entityKeys("嘉兴与汉堡交流\n\n经市外办牵线,德国汉堡市青年代表团顺利访问嘉兴市。");
        assertTrue(m.stream().noneMatch(e -> e.startsWith("ORGANIZATION 经")), m.toString());
    }

    @Test
    void besidesBeforeABareHeadNounNamesNoBody() {
        java.util.Set<String> n = MadeUpSentences.organizations("交流周\n\n本周除委员会组织的座谈外,两校师生还参观了博物馆。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("除")), n.toString());
        java.util.Set<String> m = MadeUpSentences.organizations("交流周\n\n活动期间除办事处安排的参访外,代表团还游览了古城。");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("除")), m.toString());
    }

    @Test
    void aNameWhoseFirstCharacterIsAGovernorButWhoseRestIsNoBareBodyStaysWhole() {
        java.util.Set<String> n = MadeUpSentences.organizations("嘉兴市应急管理局负责人会见了德国汉堡市代表团。");
        assertTrue(n.contains("嘉兴市应急管理局"), n.toString());
        java.util.Set<String> m = MadeUpSentences.organizations("青河应急管理局与白沙除险工程公司签署合作协议。");
        assertTrue(m.stream().noneMatch(x -> x.equals("应急管理局") || x.equals("险工程公司")), m.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: after its country, a foreign place that opens its own government organ's name is a mention too. */
class ForeignPlacesOpeningOwnBodiesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void aCityBeforeItsCouncilAfterItsCountry() {
        Set<String> k = keys("晚宴上,瑞典卡莫伦市议会议长致辞祝贺。");
        assertTrue(k.contains("CITY 卡莫伦"), k.toString());
        assertTrue(k.contains("ORGANIZATION 卡莫伦市议会"), k.toString());
    }

    @Test
    void aProvinceBeforeItsPartyCommitteeWithTheLevelWrittenAgain() {
        Set<String> k = keys("会谈结束后,老挝萨丰纳省省委副书记向来宾赠送纪念品。");
        assertTrue(k.contains("PROVINCE 萨丰纳"), k.toString());
    }

    @Test
    void aRegionBeforeItsGovernmentAndAPrefectureBeforeItsOffice() {
        Set<String> k = keys("智利卡塔里纳大区政府秘书长和日本岩森县厅官员一同参观了港口。");
        assertTrue(k.contains("PROVINCE 卡塔里纳"), k.toString());
        assertTrue(k.contains("PROVINCE 岩森"), k.toString());
    }

    @Test
    void anExecutiveCommitteeKeepsItsPlaceInsideItsName() {
        Set<String> k = keys("昨天,白俄罗斯戈梅利斯克州执行委员会,派员来访。");
        assertFalse(k.contains("PROVINCE 戈梅利斯克"), k.toString());
    }

    @Test
    void aTownInAChainOfTwoPlaces() {
        Set<String> k = keys("日本北海道米良别市议会议长率团抵达。");
        assertTrue(k.contains("CITY 米良别"), k.toString());
    }

    @Test
    void aCompanyAfterAForeignStateNamesNoPlace() {
        Set<String> k = keys("德国巴伐利亚州汽车公司代表出席了签约仪式。");
        assertFalse(k.stream().anyMatch(n -> n.startsWith("PROVINCE")), k.toString());
    }

    @Test
    void aChineseProvinceBeforeItsGovernmentStaysInsideTheName() {
        Set<String> k = keys("湖南省政府副秘书长出席了签约仪式。");
        assertFalse(k.contains("PROVINCE 湖南"), k.toString());
    }
}

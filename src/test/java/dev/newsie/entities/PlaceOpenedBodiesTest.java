package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences for the backoff of bodies whose head is also an ordinary noun (中心, 公会, 党, 运动): a named place
 * opening the name makes it a body's, where no head-noun rule found one.
 */
class PlaceOpenedBodiesTest {
    @Test
    void aGuildOpenedByItsCityIsABody() {
        Set<String> keys = MadeUpSentences.entityKeys("代表团当天还拜访了白山市旅行公会,双方就互送游客交换了意见。");
        assertTrue(keys.contains("ORGANIZATION 白山市旅行公会"), keys.toString());
        assertFalse(keys.contains("CITY 白山"), keys.toString()); // the city named only inside the body's name is no mention
    }

    @Test
    void aCentreOpenedByACountryAndABracketedCityKeepsBoth() {
        Set<String> keys = MadeUpSentences.entityKeys("论坛由市政府主办,中国(白山)国际贸易促进中心承办。");
        assertTrue(keys.contains("ORGANIZATION 中国(白山)国际贸易促进中心"), keys.toString());
    }

    @Test
    void anEventsOrganisingCommitteeIsNamedByTheEvent() {
        Set<String> keys = MadeUpSentences.entityKeys("论坛由白山国际农业博览会组委会主办。");
        assertTrue(keys.contains("ORGANIZATION 白山国际农业博览会组委会"), keys.toString());
    }

    @Test
    void aForeignPartyIsNamedWithoutTheCountryBeforeIt() {
        Set<String> keys = MadeUpSentences.entityKeys("访问期间,代表团会见了肯尼亚人民进步党副主席。");
        assertTrue(keys.contains("ORGANIZATION 人民进步党"), keys.toString());
        assertTrue(keys.contains("COUNTRY 肯尼亚"), keys.toString());
    }

    @Test
    void venuesKindsAndNounsWithoutAPlaceNameNoBody() {
        Set<String> keys = MadeUpSentences.entityKeys("开幕式在白山国际会议中心举行,肯尼亚执政党代表出席,大家参加了一场植树运动。");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("ORGANIZATION")), keys.toString());
    }

    @Test
    void aCitysCampaignIsNoMovement() {
        Set<String> keys = MadeUpSentences.entityKeys("代表团出席了白山市全民健身运动启动仪式。");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("ORGANIZATION")), keys.toString());
    }

    @Test
    void aRoleACityIsBuiltUpToIsNoBody() {
        Set<String> keys = MadeUpSentences.entityKeys("白山将加快建设国际航运中心,白山国际贸易中心也在筹建。");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("ORGANIZATION")), keys.toString());
    }
}

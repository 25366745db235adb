package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a common noun phrase for a kind of body (城市政府, 姐妹城市协会, 商会协会), written with no place or
 * proper name of its own, names no body; the same words inside a body's name leave the name standing.
 */
class KindNamedAloneTest {
    @Test
    void sisterCityAssociationsListedAmongKindsAreNoBody() {
        Set<String> found = MadeUpSentences.entityKeys("来自三十多个国家的地方政府组织、姐妹城市协会负责人约五百人出席了晚会。");
        assertFalse(found.contains("ORGANIZATION 姐妹城市协会"), found.toString());
    }

    @Test
    void cityGovernmentsOfAKindAreNoBody() {
        Set<String> a = MadeUpSentences.entityKeys("黄河沿岸四省省会城市政府以及城市规划学会共同主办本次峰会。");
        assertFalse(a.contains("ORGANIZATION 省会城市政府"), a.toString());
        Set<String> b = MadeUpSentences.entityKeys("钱明远祝愿两个城市政府、人民今后交往更加密切。");
        assertFalse(b.contains("ORGANIZATION 城市政府"), b.toString());
    }

    @Test
    void chambersAndAssociationsTogetherAreNoBody() {
        Set<String> found = MadeUpSentences.entityKeys("青川愿与各国际友城、商会协会和各国友人一道携手前行。");
        assertFalse(found.contains("ORGANIZATION 商会协会"), found.toString());
    }

    @Test
    void theSameWordsInsideANamedBodyStay() {
        Set<String> found = MadeUpSentences.entityKeys("美国国际姐妹城市协会主席韩立德出席了晚会。");
        assertTrue(found.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("国际姐妹城市协会")), found.toString());
    }

    @Test
    void theCouncilsOfBothSidesAreNoBody() {
        Set<String> found = MadeUpSentences.entityKeys("青河市与南湾市的友好协定已满三年,今年适逢双方市议会结盟三周年。");
        assertFalse(found.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("市议会") && k.contains("双方")), found.toString());
    }

    @Test
    void aChamberOfCommerceAndIndustryNamedByItsKindIsNoBody() {
        Set<String> a = MadeUpSentences.entityKeys("总领事还考察了一家电缆厂和工商会,并同企业代表座谈。");
        assertFalse(a.contains("ORGANIZATION 工商会"), a.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A home place's partners listed after or before their count (round 34 of issue 9), in made-up sentences: the list
 * after the standing and an aside in brackets (…结为友好城市(亦称姐妹城市),分别是甲、乙), the count told after a stretch
 * of words (一共在全球3个国家有4个姐妹城市(地区),包括…), the list before 等N个 (仅有甲、乙等2个姊妹市), and a list whose lead is the name of the list (…友好城市名单,包括…).
 */
class PartnerListsOfAHomePlaceTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-06-30"));
    }

    @Test
    void theListAfterTheStandingAndAnAsideInBrackets() {
        Set<String> r = relations("截至目前,烟台已与海外四个城市结为友好城市(亦称姐妹城市),分别是仙台、西雅图和奥克兰。");
        assertTrue(r.containsAll(Set.of("仙台-烟台@null", "烟台-西雅图@null", "奥克兰-烟台@null")), r.toString());
    }

    @Test
    void theCountAfterAStretchOfWordsAndABracket() {
        Set<String> r = relations("据悉,烟台一共在海外3个国家有4个姐妹城市(地区),包括日本的松本市、美国的西雅图。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "烟台-西雅图@null")), r.toString());
    }

    @Test
    void theListBeforeItsCountOfSisterCities() {
        Set<String> r = relations("他表示,烟台市在欧洲仅有法国南锡市、波兰格但斯克市及意大利的都灵市等3个姊妹市,数量不多。");
        assertTrue(r.containsAll(Set.of("南锡-烟台@null", "格但斯克-烟台@null", "烟台-都灵@null")), r.toString());
    }

    @Test
    void aListLedByTheNameOfTheList() {
        Set<String> r = relations("下面带来烟台市友好城市名单,包括日本松本市、美国西雅图市等。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "烟台-西雅图@null")), r.toString());
    }

    @Test
    void aPlannedListStatesNoTwinning() {
        Set<String> r = relations("烟台拟与3个城市结为友好城市,分别是仙台、西雅图和奥克兰。");
        assertFalse(r.stream().anyMatch(k -> k.contains("仙台")), r.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sister cities stated in the wording of Taiwan, Malaysian and American Chinese press (round 11 of issue 9), in
 * made-up sentences, in Simplified script as the events stage reads every page after normalisation.
 */
class OverseasWordingRelationsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2025-06-10"));
    }

    @Test
    void partnersCountedWith有Alone() {
        Set<String> r = relations("尔湾市目前有5个姐妹市,包括中国苏州市、日本筑波市。");
        assertTrue(r.contains("尔湾-苏州@null"), r.toString());
    }

    @Test
    void yearsOfATwinningAfter两市() {
        Set<String> r = relations("槟城与厦门两市缔结姐妹城市关系已有6年。");
        assertTrue(r.contains("厦门-槟城@2019"), r.toString());
    }

    @Test
    void theSisterCityRelationBeganInAYear() {
        Set<String> r = relations("江门市与美国旧金山市的姐妹城市关系始于1991年。");
        assertTrue(r.contains("旧金山-江门@1991"), r.toString());
    }

    @Test
    void aVisitAtTheInvitationOfASisterCity() {
        Set<String> r = relations("东莞市访问团此次来访,是应姐妹市美国旧金山市的邀请。");
        assertTrue(r.contains("东莞-旧金山@null"), r.toString());
    }

    @Test
    void friendlyExchangeCounties() {
        Set<String> r = relations("屏东县与日本宫崎县是友好交流县,双方往来密切。");
        assertTrue(r.contains("宫崎-屏东@null"), r.toString());
    }

    @Test
    void fullYearsAfter缔结为() {
        Set<String> r = relations("嘉义市和日本馆山市缔结为姊妹市已届满10年。");
        assertTrue(r.contains("嘉义-馆山@2015"), r.toString());
    }

    @Test
    void aPartnerDescribedByTheYearsOfTwinningTheHomePlaceHasWithIt() {
        Set<String> r = relations("与台中拥有20年姊妹情谊的美国波特兰市,市长也远道而来参加。");
        assertTrue(r.contains("台中-波特兰@2005"), r.toString());
    }

    @Test
    void theYearsOfTwinningThePairHasWithNoVerb() {
        Set<String> r = relations("他称赞嘉义市与槟城30年的姐妹城市友情。");
        assertTrue(r.contains("嘉义-槟城@1995"), r.toString());
        r = relations("市长指出台中与釜山有20年姊妹市情谊,交流频繁。");
        assertTrue(r.contains("台中-釜山@2005"), r.toString());
    }

    @Test
    void noYearFromAnInexactCountOfYears() {
        Set<String> r = relations("市长赞扬了台中与釜山超过20年的友城关系。");
        assertTrue(r.stream().noneMatch(k -> k.endsWith("@2005")), r.toString());
        // the exact count the same wording gives dates the pair
        r = relations("市长赞扬了台中与釜山20年的友城关系。");
        assertTrue(r.contains("台中-釜山@2005"), r.toString());
    }

    @Test
    void noStandingFromAPlanForTheYearsAhead() {
        Set<String> r = relations("会上,台中与釜山5年的友好城市关系发展规划获得通过。");
        assertTrue(r.stream().noneMatch(k -> k.endsWith("@2020")), r.toString());
    }
}

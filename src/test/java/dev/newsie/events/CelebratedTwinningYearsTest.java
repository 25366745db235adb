package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A named pair's twinning told by how long it has lasted or since when (round 12 of issue 9), in made-up sentences: a
 * celebrating verb between the pair and its years, 已 before the verb, 自结好以来 with no year, a first-pair word.
 */
class CelebratedTwinningYearsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void aCelebratingVerbBetweenThePairAndItsYearsCountsBack() {
        Set<String> r = relations("邢台市与美国斯波坎市隆重庆祝结好15周年。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }

    @Test
    void yearsWith已BeforeTheVerbCountBack() {
        Set<String> r = relations("斯波坎市与邢台市已结好15年,往来频繁。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }

    @Test
    void sinceTheTwinningWithNoYearIsARelationWithoutSince() {
        Set<String> r = relations("邢台市与美国斯波坎市自结好以来,各领域交流不断。");
        assertTrue(r.contains("斯波坎-邢台@null"), r.toString());
    }

    @Test
    void aFirstPairWordBefore结好KeepsTheYear() {
        Set<String> r = relations("邢台市自2004年与美国斯波坎市首个结好以来,友城增至9个。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }

    @Test
    void theYearsAfterACommaWith迄今CountBack() {
        Set<String> r = relations("邢台市与美国斯波坎市缔结友好城市关系,迄今已有15年。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }

    @Test
    void theYearsAStandingHasLastedCountBack() {
        Set<String> r = relations("邢台市和斯波坎市友好城市关系建立15年来,合作成果丰硕。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
        r = relations("斯波坎市与邢台市的友好城市关系已走过15个年头。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }

    @Test
    void aFriendshipTracedBackToAYear() {
        Set<String> r = relations("邢台市与斯波坎市的友好关系可以追溯到2004年。");
        assertTrue(r.contains("斯波坎-邢台@2004"), r.toString());
    }
}

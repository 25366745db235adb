package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place's partners listed one to a line under a lead ending in a colon (round 11 of issue 9), in made-up pages:
 * each line states a relation of the lead's place, dated by the step the line gives.
 */
class PartnerListLinesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2012-06-01"));
    }

    @Test
    void aLineOpenedByNoiseOrABulletIsStillAListLine() {
        Set<String> r = relations("衡水市共有国际友好城市2个:\n& k3 p. Q7 美国 波特兰市(1992年4月3日缔结)\n2. 日本 仙台市(1995年6月缔结)\n");
        assertTrue(r.contains("波特兰-衡水@1992-04-03"), r.toString());
        assertTrue(r.contains("仙台-衡水@1995-06"), r.toString());
    }

    @Test
    void aLowerTierPartnerIsDatedByItsMemorandumOrInitialledAgreement() {
        Set<String> r = relations("衡水市的友好关系城市有3个:\n加拿大 温尼伯市(2001年8月草签协议)\n英国 利兹市(2003年9月签备忘录)\n"
                + "法国 里昂市(2005年2月商定建立友好关系)\n");
        assertTrue(r.containsAll(Set.of("温尼伯-衡水@2001-08", "利兹-衡水@2003-09", "衡水-里昂@2005-02")), r.toString());
    }

    @Test
    void theListBelongsToTheLeadsPlaceNotToAPlaceNamedBetweenTwoLists() {
        Set<String> r = relations("衡水市现有友城及友好交流城市共3个:\n一、友好城市(1个):\n日本 仙台市(1990年5月缔结)\n"
                + "另外衡水市所辖冀州区也与韩国大邱市正式缔结为友好城市。\n二、友好交流城市(1个):\n美国 波特兰市(1999年3月签备忘录)\n");
        assertTrue(r.contains("波特兰-衡水@1999-03"), r.toString());
    }

    @Test
    void aColonInsideALinesNoiseDoesNotMakeTheLineALead() {
        Set<String> r = relations("衡水市共有国际友好城市2个:\n波兰 琴斯托霍瓦市(2004年6月签订协议)$ V4 j\" h: M$ a. {& U\n美国 波特兰市(1999年3月签备忘录)\n");
        assertTrue(r.contains("波特兰-衡水@1999-03"), r.toString());
    }
}

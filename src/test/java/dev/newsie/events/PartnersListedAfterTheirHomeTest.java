package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 27 (relations area), made-up sentences: a home place's sister cities listed in passing — after 甲市友城 with
 * a title or 的代表团 after each partner, before 都是/均为 甲市(的)友好城市 — and the province–prefecture tier 友好省县
 * that China–Japan reports use. Each listed partner is a sister city of the home place; a place joined by 与 to the
 * list is not one of them.
 */
class PartnersListedAfterTheirHomeTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-05-20"));
    }

    @Test
    void partnersWhoseDelegationsCame() {
        Set<String> r = relations("5月18日,来自烟台市友好城市日本宫古市、韩国群山市的代表团出席开幕式。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
    }

    @Test
    void partnersEachWithItsOfficial() {
        Set<String> r = relations("出席活动的有烟台的友好城市日本宫古市市长、韩国群山市副市长等。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
    }

    @Test
    void partnersThatRespectivelyActed() {
        Set<String> r = relations("烟台市友城日本宫古市、韩国群山市分别发来贺信。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
    }

    @Test
    void partnersAllSaidToBeTheHomesSisterCities() {
        Set<String> r = relations("日本宫古市和韩国群山市都是烟台市的国际友好城市。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
        Set<String> s = relations("日本宫古市、韩国群山市均为烟台市友好城市。");
        assertTrue(s.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), s.toString());
    }

    @Test
    void aProvinceAndAPrefectureOfTheFriendshipTier() {
        Set<String> r = relations("江苏省与日本爱知县结成友好省县已40余年,双方交流不断。");
        assertTrue(r.stream().anyMatch(k -> k.contains("江苏") && k.contains("爱知")), r.toString());
    }

    @Test
    void aPlaceJoinedBy与IsNoListedPartner() {
        Set<String> r = relations("烟台市友城日本宫古市市长与襄阳市市长共同出席开幕式。");
        assertFalse(r.stream().anyMatch(k -> k.contains("襄阳")), r.toString());
    }

    @Test
    void aColonListWithEachPartnersYear() {
        Set<String> r = relations("襄阳市国际友城:美国杜比克市(1995年)、日本本庄市(1994年)、法国科尔马市(2001年)。");
        assertTrue(r.containsAll(Set.of("杜比克-襄阳@1995", "本庄-襄阳@1994", "科尔马-襄阳@2001")), r.toString());
    }

    @Test
    void aDelegationVisitingListedPartners() {
        Set<String> r = relations("5月,烟台市代表团先后访问了友城日本宫古市、韩国群山市。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
    }

    @Test
    void partnersClosedBy等WithNoCount() {
        Set<String> r = relations("烟台市已有日本宫古市、韩国群山市、美国圣何塞市等友好城市。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null", "圣何塞-烟台@null")), r.toString());
    }

    @Test
    void partnersSummedUpByACountOfSisterCities() {
        Set<String> r = relations("5月18日,烟台市与日本宫古市、韩国群山市两个友城举行视频会议。");
        assertTrue(r.containsAll(Set.of("宫古-烟台@null", "烟台-群山@null")), r.toString());
    }
}

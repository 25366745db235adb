package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partners of the home place named in a clause with no subject of its own (round 11 of issue 9), in made-up
 * sentences: the places are the sister cities of the home place last named.
 */
class HomePartnersTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2015-12-30"));
    }

    @Test
    void partnersListedBefore等友城AreTheHomePlacesSisterCities() {
        Set<String> r = relations("2015年,衡水市外事工作成效明显。按照年度计划,顺利完成与日本仙台市、美国波特兰市等友城之间的年度互访。");
        assertTrue(r.containsAll(Set.of("仙台-衡水@null", "波特兰-衡水@null")), r.toString());
    }

    @Test
    void partnersNamedRightAfterTheStandingAtAClausesStart() {
        Set<String> r = relations("衡水市获评先进单位,友城日本仙台市、美国波特兰市获得表彰。");
        assertTrue(r.containsAll(Set.of("仙台-衡水@null", "波特兰-衡水@null")), r.toString());
    }

    @Test
    void theYearsOfATwinningCelebratedWithAPartnerCountBack() {
        Set<String> r = relations("2015年,衡水市外事工作成效明显。与美国波特兰市举行结好25周年庆祝系列活动,增进了友谊。");
        assertTrue(r.contains("波特兰-衡水@1990"), r.toString());
    }

    @Test
    void partnersOfASubjectlessClauseSettingUpFriendlyExchangeRelations() {
        Set<String> r = relations("衡水市外事工作稳步推进,还与美国波特兰市、法国图卢兹市建立友好交流关系。");
        assertTrue(r.containsAll(Set.of("波特兰-衡水@null", "图卢兹-衡水@null")), r.toString());
    }

    @Test
    void aGuestListedWithoutACountryIsAPartnerNotASecondHomeCity() {
        Set<String> r = relations("衡水市市长在市政中心会见了日本仙台市、马拉科塔市、美国波特兰市等友好城市代表团。");
        assertTrue(r.containsAll(Set.of("仙台-衡水@null", "波特兰-衡水@null")), r.toString());
    }

    @Test
    void aRegionWithItsLevelWordStandsInTheListOfGuests() {
        Set<String> r = relations("衡水市市长会见了芬兰拉普兰地区、美国波特兰市等12名友城代表。");
        assertTrue(r.containsAll(Set.of("拉普兰-衡水@null", "波特兰-衡水@null")), r.toString());
    }

    @Test
    void theFirstTwinningThatOpensATallyIsDatedByItsYear() {
        Set<String> r = relations("自1988年与美国波特兰市首个结好以来,截至目前,衡水市已与9个国家的城市结好。");
        assertTrue(r.contains("波特兰-衡水@1988"), r.toString());
    }
}

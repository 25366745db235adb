package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place's first partner recalled in passing (round 15 of issue 9), in made-up sentences: the partner said to have
 * become or to be the home side's first, the pair called someone's first pair (对), the first partner named after its
 * home, a pair joined by a dash before the twinning's verb, standing and years, and two lists paired by 分别 whose
 * partners are introduced by where they lie.
 */
class FirstPartnerStatementsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2023-06-15"));
    }

    @Test
    void aPartnerBecomingTheHomeSidesFirstIsItsPartner() {
        Set<String> r = relations("下关市成为青岛市的第一个国际友好城市。");
        assertTrue(r.contains("下关-青岛@null"), r.toString());
        r = relations("2000年,日本下关市成为青岛市在日本的第一个友城。");
        assertTrue(r.contains("下关-青岛@null"), r.toString());
    }

    @Test
    void aPartnerThatIsTheHomeSidesSecondWithNo的() {
        Set<String> r = relations("日本下关市是青岛市第二个国际友城。");
        assertTrue(r.contains("下关-青岛@null"), r.toString());
    }

    @Test
    void aWishThatAPlaceBecomeTheFirstStatesNothing() {
        Set<String> r = relations("希望下关市将成为青岛市的第一个国际友好城市。");
        assertTrue(r.isEmpty(), r.toString());
    }

    @Test
    void aPartnerBecomingOurProvincesFirstIsTheProvincesPartner() {
        Set<String> r = relations("福建省代表团抵达霍巴特。1981年,塔斯马尼亚州成为我省第一个国际友城。");
        assertTrue(r.stream().anyMatch(k -> k.startsWith("塔斯马尼亚-福建@") || k.startsWith("福建-塔斯马尼亚@")), r.toString());
    }

    @Test
    void thePairCalledSomeonesFirstPairArePartnersOfEachOther() {
        Set<String> r = relations("赣州市与八代市是江西省第一对国际友城。");
        assertTrue(r.contains("八代-赣州@null") || r.contains("赣州-八代@null"), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("江西")), r.toString());
        r = relations("1975年,青岛市和日本下关市结成第一对友好城市。");
        assertTrue(r.contains("下关-青岛@1975"), r.toString());
    }

    @Test
    void aPairThatSetUpSomeonesFirstPairWith建立ArePartnersSinceTheOpeningYear() {
        Set<String> r = relations("扬州市与日本樱岛市建立了本省第一对友好城市。");
        assertTrue(r.contains("扬州-樱岛@null") || r.contains("樱岛-扬州@null"), r.toString());
        r = relations("自1980年在两国友好人士推动下,我国扬州市与日本樱岛市建立中国第一对国际友好城市。");
        assertTrue(r.contains("扬州-樱岛@1980") || r.contains("樱岛-扬州@1980"), r.toString());
    }

    @Test
    void aPlacesFirstPartnerNamedAfterIt() {
        Set<String> r = relations("石家庄对外缔结的第一个友好城市是日本长野市。");
        assertTrue(r.contains("石家庄-长野@null") || r.contains("长野-石家庄@null"), r.toString());
    }

    @Test
    void aDashedPairBeforeTheVerbStandingAndYearsCountsBack() {
        Set<String> r = relations("合肥—原州缔结友好城市关系20周年庆祝活动15日在合肥举办。");
        assertTrue(r.contains("原州-合肥@2003") || r.contains("合肥-原州@2003"), r.toString());
    }

    @Test
    void respectiveListsWithTheirPartnersPlacedBy该州的() {
        Set<String> r = relations("宝鸡市、汉中市、渭南市分别与该州的洛杉矶市、旧金山市、圣地亚哥市结为友好城市。");
        assertTrue(r.toString().contains("宝鸡") && r.toString().contains("洛杉矶"), r.toString());
        assertTrue(r.stream().anyMatch(k -> k.contains("汉中") && k.contains("旧金山")), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("宝鸡") && k.contains("旧金山")), r.toString());
    }

    @Test
    void aPartnerCalledTheHomeSidesNthCountedInSeats() {
        Set<String> r = relations("青岛成为下关的第11座友好城市。");
        assertTrue(r.contains("下关-青岛@null"), r.toString());
    }

    @Test
    void theOtherPartnersListedAfterTheNthAreTheHomeSidesToo() {
        Set<String> r = relations("青岛成为下关的第5座友好城市,其它4座友好城市分别是釜山,大连,长崎,基隆。");
        assertTrue(r.containsAll(Set.of("下关-青岛@null", "下关-釜山@null", "下关-大连@null", "下关-长崎@null", "下关-基隆@null")), r.toString());
        r = relations("青岛是下关市的第三个友城,其它的城市有:韩国的釜山市、中国的大连市。");
        assertTrue(r.containsAll(Set.of("下关-青岛@null", "下关-釜山@null", "下关-大连@null")), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("韩国") || k.contains("中国")), r.toString());
    }
}

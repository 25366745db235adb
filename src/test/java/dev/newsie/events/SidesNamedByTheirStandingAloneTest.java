package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.sortedPair;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up visits whose two sides are called partners by their standing alone (relation-patterns.tsv, round 55): a
 * clause opening with 作为 and a standing with no place of its own, and a pair word of two levels counting the years
 * since the twinning. The sides are the home place and the guest's.
 */
class SidesNamedByTheirStandingAloneTest {
    @Test
    void aClauseOpenedByAsPartnersNamesTheHostAndTheGuest() {
        Set<String> r = relationKeys(run("8月3日,波兰卡托维茨市副市长率团抵达宁波。宁波市市长在欢迎宴上致辞说,作为友好城市,"
                + "两市的港口和大学早有往来。", "2021-08-04"));
        assertEquals(Set.of(sortedPair("宁波", "卡托维茨") + "@null"), r);
    }

    @Test
    void aStandingOfTwoLevelsAfterItsYearsOfContact() {
        Set<String> r = relationKeys(run("10月2日,韩国全罗南道议长访问了广东省。广东省省长表示:作为有着深厚情谊的友好省道,"
                + "双方应拓展农业合作。", "2021-10-03"));
        assertEquals(Set.of(sortedPair("广东", "全罗南") + "@null"), r);
    }

    @Test
    void aPairWordOfTwoLevelsCountsTheYearsSinceTheTwinning() {
        Set<String> r = relationKeys(run("5月9日,河南省副省长在郑州会见了日本三重县知事率领的代表团。副省长说,在两省县缔盟15周年之际"
                + "双方互赠了纪念品。", "2020-05-10"));
        assertEquals(Set.of(sortedPair("河南", "三重") + "@2005"), r);
    }

    @Test
    void aClauseOpenedByAsWithAnotherStandingStatesNoPair() {
        Set<String> r = relationKeys(run("6月1日,南通市市长会见了法国图卢兹市代表团。市长说,作为港口城市,两地可以加强航运合作。",
                "2021-06-02"));
        assertEquals(Set.of(), r);
    }
}

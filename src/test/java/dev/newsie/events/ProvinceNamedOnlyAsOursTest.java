package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.sortedPair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up provincial releases that call the province only 我省 and name one of its cities: the province, not the city,
 * is the partner's other side; 两省县 sums up a province and a prefecture (round 14 of issue 9).
 */
class ProvinceNamedOnlyAsOursTest {
    @Test
    void ourProvincesFirstPartnerWithTheYearsOfBothSides() {
        Set<String> r = relationKeys(run("日本鸟取县代表团一行5人来我省访问。我办副主任周某某会见代表团。他说,鸟取县是我省第一个外国"
                + "友城,双方自1986年结好以来合作广泛。代表团还考察了太原经济技术开发区。", "2020-05-10"));
        assertEquals(Set.of(sortedPair("山西", "鸟取") + "@1986"), r);
    }

    @Test
    void aProvinceAndAPrefectureSummedUpAsTwoSidesOfTwoLevels() {
        Set<String> r = relationKeys(run("日本鸟取县副知事来我省访问,并考察了大同市。今年恰逢两省县建立友好关系34周年。", "2020-05-10"));
        assertTrue(r.contains(sortedPair("山西", "鸟取") + "@1986"), r.toString());
    }

    @Test
    void aPartnerCalledOurProvincesFirstWithNoParticle() {
        Set<String> r = relationKeys(run("日本鸟取县代表团来访。他说,鸟取县是我省首个国外友好城市。代表团考察了太原。", "2020-05-10"));
        assertEquals(Set.of(sortedPair("山西", "鸟取") + "@null"), r);
    }
}

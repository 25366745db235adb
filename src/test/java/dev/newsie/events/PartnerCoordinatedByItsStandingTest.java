package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place coordinated with its partner named by its standing (甲市市长与友城乙国丙市市长; 甲市及乙国友城丙地区; 甲与姊妹市
 * 乙国丙市), as captions and award reports put them — round 13 of issue 9, made-up sentences.
 */
class PartnerCoordinatedByItsStandingTest {
    private static final String PAD = "\n\n当天的活动吸引了众多市民前来参观,现场气氛热烈,各方表示将继续加强交流。\n";

    private static Set<String> relations(String text) {
        return relationKeys(run(text + PAD, "2019-05-16"));
    }

    @Test
    void aCaptionWithTheTwoMayors() {
        Set<String> r = relations("图为绵阳市市长与友城德国海尔布隆市市长在签约仪式后合影。");
        assertTrue(r.contains("海尔布隆-绵阳@null"), r.toString());
    }

    @Test
    void anAwardShownByAPlaceAndItsPartner() {
        Set<String> r = relations("会上,镇江市及日本友城仓敷市分别获颁了两项友城合作奖。");
        assertTrue(r.contains("仓敷-镇江@null"), r.toString());
    }

    @Test
    void aSisterCityOfTaiwansPress() {
        Set<String> r = relations("台中与姊妹市美国弗林特市签署了教育交流备忘录。");
        assertTrue(r.contains("台中-弗林特@null"), r.toString());
    }

    @Test
    void aSisterCountyOfTaiwansPress() {
        Set<String> r = relations("花莲县与姊妹县美国马里兰州霍华德郡签署了观光推广合作书。");
        assertTrue(r.contains("花莲-霍华德@null"), r.toString());
    }

    @Test
    void aListOfPartnersAfterTheStanding() {
        Set<String> r = relations("2021年4月9日,株洲市与友好城市法国图卢兹市、德国哈根市举行了线上会谈。");
        assertTrue(r.containsAll(Set.of("图卢兹-株洲@null", "哈根-株洲@null")), r.toString());
    }
}

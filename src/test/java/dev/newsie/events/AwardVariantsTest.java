package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.entities;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One prize written with and without its year, edition or province, on made-up names and reports. */
class AwardVariantsTest {
    @Test
    void aPrizeWithAndWithoutItsYearIsOneAwardUnderTheDatedName() {
        assertEquals(Map.of("钱江合作贡献奖", "2031年度钱江合作贡献奖"),
                AwardVariants.merges(List.of("2031年度钱江合作贡献奖", "钱江合作贡献奖"), List.of()));
    }

    @Test
    void aPrizeWithItsProvinceAndWithItsYearIsOneAward() {
        String text = "浙江省举行颁奖仪式。";
        assertEquals(Map.of("浙江钱江合作贡献奖", "2031年钱江合作贡献奖"),
                AwardVariants.merges(List.of("浙江钱江合作贡献奖", "2031年钱江合作贡献奖"), entities(text)));
    }

    @Test
    void twoYearsOfOnePrizeAreTwoAwards() {
        assertEquals(Map.of(), AwardVariants.merges(List.of("2030年度钱江合作贡献奖", "2031年度钱江合作贡献奖"), List.of()));
    }

    @Test
    void anHonourThatIsNoPrizeIsNotJoined() {
        assertEquals(Map.of(), AwardVariants.merges(List.of("宁波市荣誉市民", "荣誉市民"), List.of()));
    }

    @Test
    void theShortNameInTheReportIsNotASecondEvent() {
        List<Event> awards = run("外国专家获颁钱江合作贡献奖\n据新华社5月9日电 中国驻意大利大使馆8日举行颁奖仪式,向约翰·史密斯颁发2031年度钱江合作贡献奖。"
                + "\n相关新闻:外国专家获颁钱江合作贡献奖", "2032-05-10").events().stream().filter(e -> e.type() == EventType.AWARD).toList();
        assertEquals(List.of("钱江合作贡献奖"), awards.stream().map(Event::award).toList());
    }

    @Test
    void theBareHonourJoinsTheOneNamedWithItsPlace() {
        assertEquals(Map.of("荣誉市民", "青州荣誉市民"),
                AwardVariants.merges(List.of("荣誉市民", "青州荣誉市民"), entities("青州举行仪式。")));
    }

    @Test
    void aPlacesHonourWithAndWithoutItsSuffixNamesOnePlace() {
        assertEquals(Map.of("青州荣誉公民", "青州市荣誉公民"),
                AwardVariants.merges(List.of("青州市荣誉公民", "青州荣誉公民"), entities("青州举行仪式。")));
    }

    @Test
    void twoPlacesHonoursDoNotTakeTheBareOne() {
        assertEquals(Map.of(), AwardVariants.merges(List.of("荣誉市民", "青州荣誉市民", "宁波荣誉市民"),
                entities("青州和宁波举行仪式。")));
    }

    @Test
    void aGovernmentsPrizeAndItsQuotedShortNameAreOneAward() {
        assertEquals(Map.of("钱江奖", "2031年度意大利政府钱江奖"),
                AwardVariants.merges(List.of("2031年度意大利政府钱江奖", "钱江奖"), entities("他曾访问意大利和法国。")));
    }

    @Test
    void aShortNameEndingTwoPrizesIsNotJoined() {
        assertEquals(Map.of(), AwardVariants.merges(List.of("意大利政府钱江奖", "天府钱江奖", "钱江奖"),
                entities("他曾访问意大利和法国。")));
    }

    @Test
    void theGovernmentsQuotedPrizeAndItsWholeNameAreOneEvent() {
        List<Event> awards = run("2031年度意大利政府钱江奖颁奖大会举行\n本报讯 2031年度意大利政府钱江奖颁奖大会29日在罗马举行,意大利多位官员出席。"
                + "50名外国专家获得“钱江奖”。", "2031-09-29").events().stream().filter(e -> e.type() == EventType.AWARD).toList();
        assertEquals(List.of("意大利政府钱江奖"), awards.stream().map(Event::award).toList());
    }
}

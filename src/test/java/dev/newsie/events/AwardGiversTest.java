package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who confers an honour, on small made-up reports (invented bodies, people and dates). */
class AwardGiversTest {
    @Test
    void aGovernmentHoldingTheCeremonyOnTheDayWrittenInBracketsGivesTheAward() {
        Map<String, Event> a = awards("颁奖\n宁波市政府今日(8日)举行「2031年度国际交流贡献奖」颁奖典礼,由市长王明亲自颁奖。", "2031-12-08");
        assertEquals(List.of("宁波市政府"), a.get("国际交流贡献奖").giver());
        assertEquals("宁波", a.get("国际交流贡献奖").location());
    }

    @Test
    void aGovernmentHoldingTheCeremonyOnAWeekdayGivesTheAward() {
        Map<String, Event> a = awards("颁奖\n甘肃省政府周四举行颁奖仪式为在甘肃服务的外籍专家颁发“陇原友谊奖”。", "2031-09-30");
        assertEquals(List.of("甘肃省政府"), a.get("陇原友谊奖").giver());
    }

    @Test
    void aGovernmentConferringOnThoseListedAfterACommitteesAdviceGivesTheirHonours() {
        Map<String, Event> a = awards("授勋名单\n澳门特别行政区政府昨日公布,根据提名委员会的建议,决定向以下人士授予勋章。\n金莲花荣誉勋章:王明、李华。",
                "2031-12-20");
        assertEquals(List.of("澳门特别行政区政府"), a.get("金莲花荣誉勋章").giver());
    }

    @Test
    void anAwardDefinedByABareProvincialGovernmentIsGivenByTheOneTheReportNames() {
        Map<String, Event> a = awards("颁奖\n28日,浙江省政府副省长王明出席并致辞。“钱江友谊奖”是省政府为表彰在浙江工作的外国专家而设立的荣誉奖项。"
                + "约翰·史密斯、汉斯·穆勒等10人获得“钱江友谊奖”。", "2031-09-29");
        assertEquals(List.of("浙江省政府"), a.get("钱江友谊奖").giver());
    }

    @Test
    void aBareGovernmentTheReportNeverNamesGivesNoGiver() {
        Map<String, Event> a = awards("颁奖\n“钱江友谊奖”是省政府为表彰外国专家而设立的荣誉奖项。约翰·史密斯等10人获得“钱江友谊奖”。", "2031-09-29");
        assertEquals(null, a.get("钱江友谊奖").giver());
    }

    @Test
    void thePlacesAnAwardIsGivenToAreNoGivers() {
        Map<String, Event> a = awards("颁奖\n闭幕式上,大会向甘肃省、泉州市颁发了“友城合作创新奖”。", "2031-11-20");
        assertEquals(null, a.get("友城合作创新奖").giver());
    }

    @Test
    void thePlaceThatSetUpASeriesOfAwardsGivesTheOneConferredAfter() {
        Map<String, Event> a = awards("表彰\n自2004年起,苏州开始设立外籍人士表彰奖项,同年,首批9位外国工程师获颁“姑苏友谊奖章”。", "2031-06-02");
        assertEquals(List.of("苏州"), a.get("姑苏友谊奖章").giver());
    }
}

package dev.newsie.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where and when an honour was handed over, on small made-up reports (invented people, dates and pairings). */
class AwardCeremonyTest {
    @Test
    void anHonourHandedOverOnAVisitToACityGovernmentIsPlacedInThatCity() {
        Map<String, Event> a = awards("颁赠奖章\n日本静冈县知事田中一郎今天率团拜会宁波市政府,宁波市长王明颁赠荣誉市民奖章予田中一郎。", "2031-05-11");
        assertEquals("宁波", a.get("荣誉市民奖章").location());
    }

    @Test
    void aCeremonyHeldWithAnAdverbAfterAPlaceAndAShortNameIsPlacedInTheCity() {
        Map<String, Event> a = awards("友谊奖颁奖\n9月29日,2031年度“中国政府友谊奖”颁奖典礼在北京中南海隆重举行。副总理王明向获奖专家颁奖。", "2031-09-30");
        assertEquals("北京", a.get("中国政府友谊奖").location());
    }

    @Test
    void theYearAnHonourWasSetUpIsNoDateOfItsConferral() {
        Map<String, Event> a = awards("荣誉公民\n浙江省于1995年设立“荣誉公民”称号,专门授予对本省发展有贡献的外籍人士。", "2031-09-28");
        assertEquals(null, a.get("荣誉公民").date());
    }

    @Test
    void theYearASeriesOfConferralsBeganIsNoDateOfTheHonour() {
        Map<String, Event> a = awards("友谊使者\n丙市从2002年起开展评选,累计已向80位外籍人士授予“丙市友谊使者”称号。", "2031-11-20");
        assertEquals(null, a.get("丙市友谊使者").date());
    }

    @Test
    void theYearATwinningBeganIsNoDateOfAnHonourOnAVisit() {
        Map<String, Event> a = awards("互访\n嘉兴市长王明8日率团访问友好城市大垣市,获颁“大垣市荣誉市民”,这是两市自2009年结好以来第三次互访。", null);
        assertEquals(null, a.get("大垣市荣誉市民").date());
    }

    @Test
    void anHonourAfterATwinningsSpanTakesTheDateBeforeIt() {
        Map<String, Event> a = awards("互访\n5月12日,嘉兴市代表团抵达友好城市大垣市。两市自2009年结好以来交往密切,大垣市授予嘉兴市长王明“大垣市荣誉市民”称号。", "2031-05-13");
        assertEquals("2031-05-12", a.get("大垣市荣誉市民").date());
    }

    @Test
    void guardThatYearRightAfterTheStartOfASeriesDatesTheFirstConferral() {
        Map<String, Event> a = awards("表彰体系\n丙市从2002年起设立外籍专家奖项,当年即有15位外国专家获颁“丙市友谊奖”。", "2031-11-20");
        assertEquals("2002", a.get("丙市友谊奖").date());
    }

    @Test
    void thatYearFurtherOnIsAnotherClausesYear() {
        Map<String, Event> a = awards("表彰\n丙市从2002年起开展外籍专家表彰,迄今已有百余人获奖,王明曾在当年的交流项目中任教,此次获颁“丙市友谊奖”。", "2031-11-20");
        org.junit.jupiter.api.Assertions.assertNotEquals("2002", a.get("丙市友谊奖").date());
    }

    @Test
    void theMonthAPrizeWasAddedIsNoDateOfItsConferral() {
        Map<String, Event> a = awards("荣誉市民授予\n9月20日下午,甲市荣誉市民称号授予仪式举行。为表彰外籍友人,2001年,甲市启动了“甲市荣誉市民”评选机制,今年3月,又增设了“甲市友谊奖”;王明等五人获评本年度“甲市荣誉市民”。", "2031-09-21");
        assertEquals("2031-09-20", a.get("甲市荣誉市民").date());
    }

    @Test
    void aCeremonyInAHallNamedAfterItsCityIsPlacedInThatCity() {
        Map<String, Event> a = awards("友谊奖颁奖\n2031年4月8日下午,第三届“浙江省友谊奖”颁奖仪式在杭州西湖国际会议中心举行,30名外国专家获奖。", "2031-04-09");
        assertEquals("杭州", a.get("浙江省友谊奖").location());
    }

    @Test
    void aCeremonyInAHallNamedAfterAProvinceHasNoPlace() {
        Map<String, Event> a = awards("友谊奖颁奖\n2031年4月8日下午,第三届“浙江省友谊奖”颁奖仪式在浙江人民大会堂举行,30名外国专家获奖。", "2031-04-09");
        assertEquals(null, a.get("浙江省友谊奖").location());
    }

    @Test
    void anHonourHandedOverOnAVisitToAMayorIsPlacedInTheMayorsCity() {
        Map<String, Event> a = awards("颁赠证书\n宁波市长王明今天拜会大阪市长田中一郎、议长山本健二,并颁赠“荣誉市民证书”给山本健二。", "2031-05-11");
        assertEquals("大阪", a.get("荣誉市民证书").location());
    }

    @Test
    void aMayorReceivingVisitorsConfersInHisOwnCity() {
        Map<String, Event> a = awards("会见\n10日,宁波市市长王明会见了日本静冈市日中友好协会会长田中一郎,并授予田中一郎先生宁波市“荣誉市民”称号。", "2031-05-11");
        assertEquals("宁波", a.get("荣誉市民").location());
    }

    @Test
    void aVisitToACountryAloneGivesNoPlace() {
        Map<String, Event> a = awards("颁赠证书\n宁波市长王明今天访问日本,并颁赠“荣誉市民证书”给山本健二。", "2031-05-11");
        assertEquals(null, a.get("荣誉市民证书").location());
    }

    @Test
    void aCeremonyAtTheTownsOwnVenueIsInTheCityTheHonourIsNamedFor() {
        Map<String, Event> a = awards("荣誉市民\n本报讯 12日,第五批宁波市荣誉市民授证仪式在市民中心举行。汉斯·穆勒等6人被授予“宁波市荣誉市民”称号。", "2031-05-13");
        assertEquals("宁波", a.get("宁波市荣誉市民").location());
    }

    @Test
    void anHonourReceivedFromTheMayorsHandsIsDatedByThatDay() {
        Map<String, Event> a = awards("荣誉市民\n9月30日上午,奥地利籍专家卡尔·韦伯在仪式上从宁波市市长王明手中接过“宁波市荣誉市民”证书。", "2031-10-02");
        assertEquals("2031-09-30", a.get("宁波市荣誉市民").date());
    }

    @Test
    void honoursConferredOnThoseListedTakeTheDayOfTheCeremonyReportedHeld() {
        Map<String, Event> a = awards("授勋\n2031年度授勋典礼昨日上午于礼宾府举行。\n特区政府向下列人士颁授勋章。\n金紫荆星章:王明、李华。",
                "2031-07-02");
        assertEquals("2031-07-01", a.get("金紫荆星章").date());
    }

    @Test
    void theYearInAPrizesNameDoesNotDateItsCeremony() {
        Map<String, Event> a = awards("颁奖\n浙江省政府举行隆重仪式,为外国专家颁发2031年钱江友谊奖和浙江外国专家荣誉奖。", "2031-09-30");
        assertEquals(null, a.get("浙江外国专家荣誉奖").date());
    }

    @Test
    void theYearOpeningAnHonoursNameDoesNotDateItsCeremony() {
        Map<String, Event> a = awards("宁波讯 22日,2031年宁波市授予荣誉市民称号大会在宁波举行,英国人约翰·史密斯等7人被授予宁波荣誉市民称号。", null);
        assertEquals(null, a.get("宁波荣誉市民").date());
    }

    @Test
    void thisYearsDecisionIsDatedByTheCeremonyReportedBeforeIt() {
        Map<String, Event> a = awards("颁奖\n本报讯 9月28日,钱江友谊奖颁奖仪式在杭州举行。今年,浙江省政府决定授予约翰·史密斯、汉斯·穆勒“钱江友谊奖”。",
                "2031-09-29");
        assertEquals("2031-09-28", a.get("钱江友谊奖").date());
    }

    @Test
    void aMedalConferredInThePalaceOfACityIsPlacedInThatCityAndThePalaceGivesNothing() {
        Map<String, Event> a = awards("授勋\n王明昨天在杜尚别总统府举行授勋典礼,向卡尔米总统李春华颁授“友好勋章”。", "2031-05-07");
        assertEquals("杜尚别", a.get("友好勋章").location());
        assertEquals(null, a.get("友好勋章").giver());
    }

    @Test
    void aCeremonyHeldOnADayWrittenWith于InAVenueOpenedByItsCityIsPlacedInThatCity() {
        Map<String, Event> a = awards("海鸥奖颁奖\n2031年“海鸥友谊奖”颁奖会于12日上午在烟台市会展中心举行。王明向获奖者颁奖。", "2031-04-13");
        assertEquals("烟台", a.get("海鸥友谊奖").location());
    }

    @Test
    void anHonourConferredInACityNamedBeforeTheVerbIsPlacedThere() {
        Map<String, Event> a = awards("授予荣誉市民\n德国卡尔米市议会今天在慕尼黑授予王明远荣誉市民称号。", "2031-03-09");
        assertEquals("慕尼黑", a.get("荣誉市民").location());
    }

    @Test
    void aPrizeGivingReportedHeldInAVenueOpenedByItsCityPlacesTheAwardConferredInAnEarlierLine() {
        Map<String, Event> a = awards("海鸥奖颁奖\n2031年“海鸥友谊奖”颁奖大会举行 王明出席\n2031年“海鸥友谊奖”颁奖大会于12日上午在烟台市会展中心举行。",
                "2031-04-13");
        assertEquals("烟台", a.get("海鸥友谊奖").location());
    }

    @Test
    void anAwardToldAgainWithoutADayOfItsOwnTakesNoEarlierDate() {
        // made up: the day the reporter learned it, then the award told again (how often it is given), undated
        Map<String, Event> a = awards("青禾省获奖\n5月20日,记者从省外办获悉,青禾省获全国友协颁发的“友城突出贡献奖”。"
                + "“友城突出贡献奖”两年一评,旨在表彰友城工作成绩突出的地方。", "2031-05-21");
        assertEquals(null, a.get("友城突出贡献奖").date());
    }

    @Test
    void anAwardToldAsReceivedEarlierTakesNoDateFromTheDateline() {
        Map<String, Event> a = awards("青禾市举行颁奖大会\n新华社青禾5月20日电 外国专家王明等二十人20日获颁“青禾荣誉奖”。"
                + "此前,外国专家李华、赵强获得“青山友谊奖”。", "2031-05-21");
        assertEquals(null, a.get("青山友谊奖").date());
    }

    @Test
    void honoursAPlaceWonOneAfterAnotherTakeNoDateOfTheMeetingBefore() {
        Map<String, Event> a = awards("两市市长视频会见\n5月20日,青禾市长王明与友城市长视频会见。"
                + "王明介绍,青禾市环境优美,先后获得“绿洲人居奖”、国家园林城市等荣誉。", "2031-05-21");
        assertEquals(null, a.get("绿洲人居奖").date());
    }

    @Test
    void awardsReceivedInTurnAtTheEventTakeItsDays() {
        Map<String, Event> a = awards("青禾市举行友城大会\n5月18日至20日,青禾友城大会在青禾市举行。"
                + "会上,外国专家王明、李华先后获得“青禾友谊奖”。", "2031-05-21");
        assertEquals("2031-05", a.get("青禾友谊奖").date());
    }

    // round 46: the words of an earlier receipt are models/events/earlier-receipt.tsv

    @Test
    void everyAdverbParticleAndVerbOfTheEarlierReceiptListTellsAReceiptAsEarlier() {
        RoleWords earlier = RoleWords.read("events/earlier-receipt.tsv");
        assertFalse(earlier.words("ADVERB", "EARLIER_ADVERB").isEmpty());
        for (String adverb : earlier.words("ADVERB", "EARLIER_ADVERB")) {
            for (String verb : earlier.words("RECEIVE", "EARLIER_RECEIVE")) {
                String clause = "外国专家李华" + adverb + verb + "“青山友谊奖”";
                assertTrue(AwardCeremony.EARLIER_RECEIPT.matcher(clause).find(), clause);
                for (String particle : earlier.words("PARTICLE")) {
                    String withParticle = "外国专家李华" + adverb + particle + verb + "“青山友谊奖”";
                    assertTrue(AwardCeremony.EARLIER_RECEIPT.matcher(withParticle).find(), withParticle);
                }
            }
        }
        for (String opening : earlier.words("OPENING")) {
            assertTrue(AwardCeremony.EARLIER_OPENING.matcher(opening + ",外国专家李华获得“青山友谊奖”。").find(), opening);
        }
    }

    @Test
    void aVerbOfReceivingOutsideTheEarlierReceiptListTellsNoEarlierReceipt() {
        // 喜获 is a verb of receiving for the award backoffs (award-clause-verbs.tsv), not one of an earlier receipt
        assertFalse(AwardCeremony.EARLIER_RECEIPT.matcher("外国专家李华曾喜获“青山友谊奖”").find());
        assertFalse(AwardCeremony.EARLIER_RECEIPT.matcher("外国专家李华曾经再次获得“青山友谊奖”").find());
        assertFalse(AwardCeremony.EARLIER_OPENING.matcher("外国专家李华此前,获得“青山友谊奖”。").find());
    }

    @Test
    void anAwardReceivedRepeatedlyTakesNoDateFromTheDateline() {
        Map<String, Event> a = awards("青禾市举行颁奖大会\n新华社青禾5月20日电 外国专家王明等二十人20日获颁“青禾荣誉奖”。"
                + "外国专家李华屡次荣获“青山友谊奖”。", "2031-05-21");
        assertEquals("2031-05-20", a.get("青禾荣誉奖").date());
        assertEquals(null, a.get("青山友谊奖").date());
    }

    @Test
    void thePagesStampBeforeAnUndatedHonourIsNoDateOfIt() {
        for (String stamp : new String[]{"2031-06-14 09:12:40", "14.06.2031 09:12", "发布时间:2031/6/14 9:12"}) {
            Map<String, Event> a = awards("丁市授予外籍专家荣誉市民称号\n" + stamp
                    + "\n丁市市长李明向德国专家汉斯·穆勒颁发“丁市荣誉市民”证书,感谢他多年来对丁市发展的贡献。", "2031-06-14");
            assertEquals(null, a.get("丁市荣誉市民").date(), stamp);
        }
    }

    @Test
    void aDateTheTextToldBeforeAnUndatedHonourStillDatesIt() {
        Map<String, Event> a = awards("丁市授予外籍专家荣誉市民称号\n2031-06-14 09:12:40\n6月12日,丁市人大常委会举行会议。"
                + "\n会议决定授予德国专家汉斯·穆勒“丁市荣誉市民”称号。", "2031-06-14");
        assertEquals("2031-06-12", a.get("丁市荣誉市民").date());
    }
}

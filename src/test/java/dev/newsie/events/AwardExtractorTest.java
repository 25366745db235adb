package dev.newsie.events;

import dev.newsie.canon.ScriptConverter;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The award constructions of the genre (winners' lists of every layout, givers, honours), each on a small
 * made-up report: invented years, counts and pairings, none taken from an article.
 */
class AwardExtractorTest {
    @Test
    void aBatchWrittenBetweenThePlaceAndItsHonourIsNoPartOfTheHonoursName() {
        Map<String, Event> a = awards("授证\n3日,柳州市第四批荣誉市民授证仪式在市政府举行。市长为约翰·史密斯、玛丽·布朗颁发荣誉市民证书。", "2031-07-04");
        assertEquals(List.of("柳州市荣誉市民"), List.copyOf(a.keySet()));
        assertEquals(List.of("约翰·史密斯", "玛丽·布朗"), a.get("柳州市荣誉市民").recipients());
        assertEquals("2031-07-03", a.get("柳州市荣誉市民").date());
        // in one sentence: the certificates handed over after the ceremony's clause are that honour's
        Map<String, Event> c = awards("授证\n3日,柳州市第四批荣誉市民授证仪式举行,副市长向汉斯·韦伯、玛丽·布朗颁发荣誉市民证书。", "2031-07-04");
        assertEquals(List.of("汉斯·韦伯", "玛丽·布朗"), c.get("柳州市荣誉市民").recipients());
        Map<String, Event> b = awards("授证\n3日,柳州市首批荣誉公民授证仪式举行。", "2031-07-04");
        assertEquals(List.of("柳州市荣誉公民"), List.copyOf(b.keySet()));
        // a batch of helpers handed certificates is no honour
        assertEquals(List.of(), List.copyOf(awards("授证\n3日,柳州市第四批志愿者授证仪式举行。", "2031-07-04").keySet()));
    }

    @Test
    void aCommendationHandedOverIsTheAwardOnlyOnAPageThatNamesNoOther() {
        Map<String, Event> a = awards("答谢\n5日的答谢会上,区长颁授感谢状给汉斯·穆勒,感谢他多年来的义务教学。", "2031-04-06");
        assertEquals(List.of("感谢状"), List.copyOf(a.keySet()));
        assertEquals(List.of("汉斯·穆勒"), a.get("感谢状").recipients());
        // beside a named honour the certificate handed over is that honour's token
        Map<String, Event> b = awards("授证\n5日,市政府授予汉斯·穆勒“海湾市荣誉市民”称号,市长为他颁发荣誉证书。", "2031-04-06");
        assertEquals(List.of("海湾市荣誉市民"), List.copyOf(b.keySet()));
    }

    @Test
    void theHonouredListedInTheSentenceAfterTheConferralAreItsRecipients() {
        Map<String, Event> a = awards("荣誉市民\n近日,某市人民政府决定授予3名外籍人士“荣誉市民”称号。他们是:约翰·史密斯(英国)、玛丽·布朗(加拿大)。", "2031-04-02");
        assertEquals(List.of("约翰·史密斯", "玛丽·布朗"), a.get("荣誉市民").recipients());
    }

    @Test
    void anHonourTheHeadlineWritesWithItsPlaceIsNamedAsTheReportWritesIt() {
        Map<String, Event> a = awards("两位友人获云川荣誉市民\n5月3日,云川市政府决定授予外籍友人约翰·史密斯先生、田中一郎“荣誉市民”称号。", "2031-05-04");
        assertEquals(List.of("荣誉市民"), List.copyOf(a.keySet()));
        assertEquals(List.of("约翰·史密斯", "田中一郎"), a.get("荣誉市民").recipients());
        Map<String, Event> b = awards("某国友人获“云川市荣誉市民”证书\n5月3日,市长向约翰·史密斯颁发“云川荣誉市民”证书。"
                + "约翰·史密斯由此成为获得“云川市荣誉市民”证书的第一位该国友人。", "2031-05-04");
        assertEquals(List.of("云川荣誉市民"), List.copyOf(b.keySet()));
    }

    @Test
    void aConjunctionRightAfterARecognisedPersonSeparatesTitledWinners() {
        Map<String, Event> a = awards("表彰\n6月3日,某市商会会长王立群、知名画家大卫·格林和青年学者赵文静获得“友好使者”称号。", "2031-06-04");
        assertEquals(List.of("王立群", "大卫·格林", "赵文静"), a.get("友好使者").recipients());
    }

    @Test
    void unquotedAwardsEachWithTheWinnersBeforeTheirVerb() {
        Map<String, Event> a = awards("三省市获特别贡献奖\n2031中国国际友好城市大会13日在贵阳闭幕。"
                + "洛阳市、大连市和贵州省获得国际友好城市特别贡献奖,天津市、西安市等12个省市获国际友好城市交流合作奖。", "2031-10-14");
        assertEquals(List.of("国际友好城市特别贡献奖", "国际友好城市交流合作奖"), List.copyOf(a.keySet()));
        assertEquals(List.of("洛阳", "大连", "贵州"), a.get("国际友好城市特别贡献奖").recipients());
        assertEquals(List.of("天津", "西安"), a.get("国际友好城市交流合作奖").recipients());
    }

    @Test
    void aHeadlineNamingTheAwardWithItsYearKeepsTheDayAndPlaceOfTheCeremonyTheBodyReports() {
        Map<String, Event> a = awards("研究所教授获2031年浙江省友谊奖\n2031年4月8日下午,首届“浙江省友谊奖”颁奖仪式在杭州举行。", "2031-04-10");
        Event e = a.values().iterator().next();
        assertEquals(1, a.size());
        assertEquals("2031-04-08", e.date());
        assertEquals("杭州", e.location());
    }

    @Test
    void theWinnersListedAfterTheCopulaOfASubjectOfThoseWhoWonReceivedTheAwardLastNamed() {
        Map<String, Event> a = awards("友谊奖颁奖\n4月8日,省政府举行2031年度“浙江省友谊奖”颁奖仪式。本届获奖的4位外籍专家为约翰·史密斯、玛丽·布朗、"
                + "汉斯·穆勒、卡尔·韦伯,分属三国,多在高校任教。", "2031-04-09");
        assertEquals(List.of("约翰·史密斯", "玛丽·布朗", "汉斯·穆勒", "卡尔·韦伯"), a.get("浙江省友谊奖").recipients());
    }

    @Test
    void headlineClauseIsNotAnAwardName() {
        Map<String, Event> a = awards("大连获颁友城金奖\n6月2日,大连市获颁由中国人民对外友好协会设立的友好城市合作金奖。", "2031-06-03");
        assertEquals(List.of("友好城市合作金奖"), List.copyOf(a.keySet()));
        assertEquals(List.of("大连"), a.get("友好城市合作金奖").recipients());
        assertEquals(List.of("中国人民对外友好协会"), a.get("友好城市合作金奖").giver());
    }

    @Test
    void subListLinesUnderAWinnersHeading() {
        Map<String, Event> a = awards("颁奖\n9月20日,组委会给友城工作成绩显著的省份和城市颁发“国际友好城市杰出贡献奖”。获奖单位如下:\n"
                + "省级:湖南省、江西省。\n市级:湖北宜昌市、河南洛阳市、浙江宁波市。\n", "2031-09-21");
        assertEquals(List.of("湖南", "江西", "宜昌", "洛阳", "宁波"), a.get("国际友好城市杰出贡献奖").recipients());
    }

    @Test
    void groupsJoinedBy和AfterCountsAreAllWinners() {
        Map<String, Event> a = awards("颁奖\n10月9日,中国人民对外友好协会向湖南省、江西省等8个省区市和洛阳市、宁波市等6个城市"
                + "颁发了“国际友好城市杰出贡献奖”。", "2031-10-09");
        Event e = a.get("国际友好城市杰出贡献奖");
        assertEquals(List.of("湖南", "江西", "洛阳", "宁波"), e.recipients());
        assertEquals(List.of("中国人民对外友好协会"), e.giver());
        assertEquals("2031-10-09", e.date());
    }

    @Test
    void winnersListedAfter分别是() {
        Map<String, Event> a = awards("获奖\n11月19日,宁波荣获“国际友好城市特别贡献奖”,全国仅有3个省市获此殊荣,分别是宁波、大连和甘肃。", "2031-11-20");
        assertEquals(List.of("宁波", "大连", "甘肃"), a.get("国际友好城市特别贡献奖").recipients());
    }

    @Test
    void transliteratedNamesAfter授予AreHonourees() {
        Map<String, Event> a = awards("荣誉市民\n5月12日,宁波市举行仪式,授予约翰·史密斯、玛丽·布朗和汉斯·穆勒“宁波市荣誉市民”称号。", "2031-05-13");
        Event e = a.get("宁波市荣誉市民");
        assertEquals(List.of("约翰·史密斯", "玛丽·布朗", "汉斯·穆勒"), e.recipients());
        assertEquals("2031-05-12", e.date());
    }

    @Test
    void bodiesNamedTogetherAreEachAGiver() {
        Map<String, Event> a = awards("颁奖\n11月20日,中国人民对外友好协会、中国国际友好城市联合会评选出了12个中方省市和20个外方省州市,"
                + "分别颁发“国际友好城市杰出贡献奖”与“对华友好城市优秀伙伴奖”。", "2031-11-20");
        assertEquals(List.of("中国人民对外友好协会", "中国国际友好城市联合会"), a.get("对华友好城市优秀伙伴奖").giver());
        assertEquals(List.of("中国人民对外友好协会", "中国国际友好城市联合会"), a.get("国际友好城市杰出贡献奖").giver());
    }

    @Test
    void awardGivenTo甲AfterItsName() {
        Map<String, Event> a = awards("获奖\n11月18日,由中国人民对外友好协会颁发的“国际友好城市特别贡献奖”授予宁波市。", "2031-11-20");
        Event e = a.get("国际友好城市特别贡献奖");
        assertEquals(List.of("宁波"), e.recipients());
        assertEquals(List.of("中国人民对外友好协会"), e.giver());
        assertEquals("2031-11-18", e.date());
    }

    @Test
    void passiveConferralNamesRecipientAndGiver() {
        Map<String, Event> a = awards("获奖\n6月18日,宁波市被中国人民对外友好协会授予“友好城市合作奖”。", "2031-06-20");
        Event e = a.get("友好城市合作奖");
        assertEquals(List.of("宁波"), e.recipients());
        assertEquals(List.of("中国人民对外友好协会"), e.giver());
    }

    @Test
    void giverFromASentenceDefiningTheAward() {
        Map<String, Event> a = awards("获奖\n6月19日,洛阳市人民对外友好协会等12个团体荣获“人民友谊贡献奖”。"
                + "“人民友谊贡献奖”是由中国人民对外友好协会创立的奖项。", "2031-06-20");
        Event e = a.get("人民友谊贡献奖");
        assertEquals(List.of("洛阳市人民对外友好协会"), e.recipients());
        assertEquals(List.of("中国人民对外友好协会"), e.giver());
    }

    @Test
    void sisterCityPrefixAndForeignCountryLeaveThePlace() {
        Map<String, Event> a = awards("获奖\n11月19日,我省荣获“国际友好城市交流合作奖”;我省友城美国佐治亚州、韩国全罗南道分别荣获“对华友好城市交流合作奖”。", "2031-11-20");
        assertEquals(List.of("佐治亚", "全罗南"), a.get("对华友好城市交流合作奖").recipients());
    }

    @Test
    void traditionalScriptConferralAfterConversion() {
        String text = ScriptConverter.foldFullWidth(ScriptConverter.toSimplified(
                "頒獎\n5月12日，高雄市政府舉行頒獎典禮，向日本熊本市、美國西雅圖市頒發「國際城市交流獎」。"));
        Event e = awards(text, "2031-05-13").get("国际城市交流奖");
        assertEquals(List.of("熊本", "西雅图"), e.recipients());
        assertEquals(List.of("高雄市政府"), e.giver());
        assertEquals("2031-05-12", e.date());
    }

    @Test
    void winnersNamedInside包括在内AndDatedByTheDateline() {
        Map<String, Event> a = awards("设立新奖\n新华社重庆11月19日电 本届大会还首次设立了城市伙伴交流奖。"
                + "包括日本冈山市、韩国全州市和美国西雅图市在内的12个国家的30个城市获奖。", "2031-11-21");
        Event e = a.get("城市伙伴交流奖");
        assertEquals(List.of("冈山", "全州", "西雅图"), e.recipients());
        assertEquals("2031-11-19", e.date());
    }

    @Test
    void subjectBeforeAPlaceClauseOrAStandOutClauseReceives() {
        Map<String, Event> a = awards("获奖\n11月18日,宁波在2031中国国际友好城市大会上荣获“国际友好城市特别贡献奖”。"
                + "会上,大连从众多候选城市中脱颖而出,荣获“国际友好城市交流合作奖”。", "2031-11-20");
        assertEquals(List.of("宁波"), a.get("国际友好城市特别贡献奖").recipients());
        assertEquals(List.of("大连"), a.get("国际友好城市交流合作奖").recipients());
    }

    @Test
    void winnersListedAfterTheCitiesThatReceivedTheAward() {
        Map<String, Event> a = awards("获奖\n11月19日,大会对友好城市进行表彰。荣获国际友好城市交流合作奖的城市有宁波、大连和洛阳。", "2031-11-20");
        assertEquals(List.of("宁波", "大连", "洛阳"), a.get("国际友好城市交流合作奖").recipients());
    }

    @Test
    void unknownPlaceAfterItsRegionIsReadByItsSuffix() {
        assertEquals("松河市", WinnersList.unrecognisedEntry("ⓅⓅ松河市", List.of(place("韩国", dev.newsie.model.EntityType.COUNTRY),
                place("京畿", dev.newsie.model.EntityType.PROVINCE))));
        assertEquals(null, WinnersList.unrecognisedEntry("Ⓟ人民政府", List.of(place("松河", dev.newsie.model.EntityType.CITY))));
    }

    @Test
    void ceremonyPlaceFromTheConferringSentence() {
        Map<String, Event> a = awards("颁奖\n6月3日,颁奖典礼在大连举行,中国人民对外友好协会向洛阳市颁发了“友城合作奖”。", "2031-06-04");
        assertEquals("大连", a.get("友城合作奖").location());
        Map<String, Event> b = awards("颁奖\n6月3日,洛阳市人民政府举行仪式,向宁波市颁发“友城合作奖”。", "2031-06-04");
        assertEquals("洛阳", b.get("友城合作奖").location());
    }

    @Test
    void peopleAfterTheirTitlesAreHonoured() {
        Map<String, Event> a = awards("荣誉市民\n4月1日,香港某集团董事长陈志明,美国前驻华大使理查德·霍尔被授予“宁波市荣誉市民”称号。", "2031-04-02");
        assertEquals(List.of("陈志明", "理查德·霍尔"), a.get("宁波市荣誉市民").recipients());
    }

    @Test
    void honourNamedBy称号WithoutQuotationMarks() {
        Map<String, Event> a = awards("荣誉市民\n4月5日,洛阳市人民政府授予理查德·霍尔洛阳市荣誉市民称号。", "2031-04-06");
        Event e = a.get("洛阳市荣誉市民");
        assertEquals(List.of("洛阳市人民政府"), e.giver());
        assertEquals("2031-04-05", e.date());
    }

    @Test
    void winnersListedAfter其中AreAllWinners() {
        Map<String, Event> a = awards("表彰\n11月19日,年会表彰了一批单位,其中洛阳市、宜宾市荣获“友城合作奖”。", "2031-11-20");
        assertEquals(List.of("洛阳", "宜宾"), a.get("友城合作奖").recipients());
    }

    @Test
    void peopleNamedAfter其中包括InTheSentenceAfterTheConferralAreWinners() {
        Map<String, Event> a = awards("颁奖\n11月19日,市政府向9位外国专家颁发“银杏友谊奖”。其中包括江城大学外籍教授彼得·格林和江城机械公司德国工程师汉斯·穆勒。",
                "2031-11-20");
        assertEquals(List.of("彼得·格林", "汉斯·穆勒"), a.get("银杏友谊奖").recipients());
    }

    @Test
    void winnersAndAwardsPairedBy分别() {
        Map<String, Event> a = awards("获奖\n11月19日,湖南省和日本滋贺县分别获得“国际友好城市交流合作奖”和“对华友好城市交流合作奖”。", "2031-11-20");
        assertEquals(List.of("湖南"), a.get("国际友好城市交流合作奖").recipients());
        assertEquals(List.of("滋贺"), a.get("对华友好城市交流合作奖").recipients());
    }

    @Test
    void numberedLinesNamingPeopleAndBodies() {
        Map<String, Event> a = awards("友谊奖\n9月29日,宁波市人民政府向12名外国专家颁发“宁波市友谊奖”。获奖者名单如下:\n"
                + "1. 专家理查德·霍尔(美国)\n2. 洛阳市人民对外友好协会\n", "2031-09-30");
        Event e = a.get("宁波市友谊奖");
        assertEquals(List.of("理查德·霍尔", "洛阳市人民对外友好协会"), e.recipients());
        assertEquals(List.of("宁波市人民政府"), e.giver());
    }

    @Test
    void traditionalMedalPresentedTo予APerson() {
        String text = ScriptConverter.foldFullWidth(ScriptConverter.toSimplified(
                "頒贈獎章\n9月20日，台中市長今天在市政府頒贈榮譽市民獎章予日本友人理查德·霍爾，感謝他推動兩市交流。"));
        Event e = awards(text, "2031-09-20").get("荣誉市民奖章");
        assertEquals(List.of("理查德·霍尔"), e.recipients());
    }

    private static MaskedSentence.Slot place(String name, dev.newsie.model.EntityType type) {
        return new MaskedSentence.Slot(0, new Entity("e1", type, name, null, List.of()), null);
    }
    @Test
    void titledPeopleAfterTheVerbEachReceiveTheHonour() {
        Map<String, Event> a = awards("荣誉市民\n3月9日,宁波市人民政府授予美国友人约翰·史密斯先生、日本静冈县知事田中一郎「荣誉市民」称号。", "2031-03-10");
        assertEquals(List.of("约翰·史密斯", "田中一郎"), a.get("荣誉市民").recipients());
        assertEquals(List.of("宁波市人民政府"), a.get("荣誉市民").giver());
    }

    @Test
    void traditionalScriptGivingToAndPresentingTo() {
        String text = ScriptConverter.foldFullWidth(ScriptConverter.toSimplified(
                "頒獎\n3月9日,臺中市政府頒發「國際友城合作獎」給奧克蘭市、大阪府。臺中市市長頒贈城市友誼獎予奧克蘭市議長張三。"));
        Map<String, Event> a = awards(text, "2031-03-10");
        assertEquals(List.of("奥克兰", "大阪"), a.get("国际友城合作奖").recipients());
        assertEquals(List.of("张三"), a.get("城市友谊奖").recipients());
    }
    @Test
    void theBodyThatHoldsTheCeremonyAndConfersGivesTheAward() {
        Map<String, Event> a = awards("颁奖\n6月8日,杭州市人民政府举行仪式,向15位外籍专家颁发“西湖友谊奖”。", "2031-06-09");
        assertEquals(List.of("杭州市人民政府"), a.get("西湖友谊奖").giver());
    }
    @Test
    void winnersNamedAfterWhatTheyWonBeforeThePresenting() {
        Map<String, Event> a = awards("颁奖\n7月2日,会上,协会负责人为获得“丝路友城奖”的洛阳市、大连市颁奖。", "2031-07-03");
        assertEquals(List.of("洛阳", "大连"), a.get("丝路友城奖").recipients());
    }

    // --- round 5: constructions read on award and honours reports of the genre, probed with made-up reports

    @Test
    void winnersOfEachAwardStandInTheirOwnClause() {
        Map<String, Event> a = awards("颁奖\n新华社南宁5月7日电 2033友城大会7日在南宁闭幕。大会表彰了中外友城:意大利都灵市、日本福井县等30个外国省市获友城伙伴奖;"
                + "江西省、宁波市等20个我国省市获友城合作奖;甘肃省、青海省获颁友城贡献奖。", "2033-05-08");
        assertEquals(List.of("都灵", "福井"), a.get("友城伙伴奖").recipients());
        assertEquals(List.of("江西", "宁波"), a.get("友城合作奖").recipients());
        assertEquals(List.of("甘肃", "青海"), a.get("友城贡献奖").recipients());
    }

    @Test
    void aCountOfKindsOfPlaceClosesTheWinners() {
        Map<String, Event> a = awards("颁奖\n获奖省市包括:唐山、洛阳等2个地级市以及天津、吉林等2个省、直辖市获得友城合作奖。", "2033-05-08");
        assertEquals(List.of("唐山", "洛阳", "天津", "吉林"), a.get("友城合作奖").recipients());
    }

    @Test
    void peopleBeforeACountOfPersonsIncludingANameTheRecogniserMissed() {
        Map<String, Event> a = awards("颁奖\n马丁·克劳斯、森山太一、安娜·伊万诺娃等9人获得第三届“洞庭友谊奖”。", "2033-09-28");
        assertEquals(List.of("马丁·克劳斯", "森山太一", "安娜·伊万诺娃"), a.get("洞庭友谊奖").recipients());
    }

    @Test
    void eachWinnerTakesTheAwardInItsPlaceAfter分获() {
        Map<String, Event> a = awards("颁奖\n8日,友城日活动在西安举行。活动中,来自德国科隆市的汉斯·穆勒和法国里昂市的皮埃尔·杜邦分获“友城交流奖”和“友城青年奖”。",
                "2033-06-09");
        assertEquals(List.of("汉斯·穆勒"), a.get("友城交流奖").recipients());
        assertEquals(List.of("皮埃尔·杜邦"), a.get("友城青年奖").recipients());
        assertEquals("2033-06-08", a.get("友城交流奖").date());
    }

    @Test
    void theBodyHoldingTheConferringCeremonyGivesTheHonourWhereItSits() {
        Map<String, Event> a = awards("衢州新增荣誉市民\n本报讯 昨日上午,衢州市人民政府举行“衢州市荣誉市民”称号授予仪式。"
                + "德国友人卡尔·施耐德被授予“衢州市荣誉市民”称号。", "2033-04-12");
        Event e = a.get("衢州市荣誉市民");
        assertEquals(List.of("衢州市人民政府"), e.giver());
        assertEquals("衢州", e.location());
        assertEquals("2033-04-11", e.date());
    }

    @Test
    void aPlaceHoldingACeremonyToConferIsTheGiver() {
        Map<String, Event> a = awards("颁奖\n日本冈山市15日在市政厅举行仪式,授予旅日华侨王建明“冈山市名誉市民”称号。", "2033-05-16");
        Event e = a.get("冈山市名誉市民");
        assertEquals(List.of("冈山"), e.giver());
        assertEquals("冈山", e.location());
    }

    @Test
    void theAwardJustNamedIsGivenByWhoTheNextSentenceSaysSetItUp() {
        Map<String, Event> a = awards("颁奖\n第三届“丝路友谊奖”颁奖典礼12日在北京举行。该奖由中国人民对外友好协会发起。", "2033-12-13");
        assertEquals(List.of("中国人民对外友好协会"), a.get("丝路友谊奖").giver());
    }

    @Test
    void theBodyAnnouncingTheResultsGivesTheAward() {
        Map<String, Event> a = awards("评选结果揭晓\n中国国际友好城市联合会日前公布2034年度“友城创新案例奖”评选结果,5个城市获奖。", "2034-12-20");
        assertEquals(List.of("中国国际友好城市联合会"), a.get("友城创新案例奖").giver());
    }

    @Test
    void theEventTheSentenceBeforeReportsHeldIsWhereTheAwardWasGiven() {
        Map<String, Event> a = awards("颁奖\n8日,友城日活动在西安举行。活动中,来自德国科隆市的汉斯·穆勒获得“友城交流奖”。", "2033-06-09");
        assertEquals("西安", a.get("友城交流奖").location());
    }

    @Test
    void aDatelineGivingTheDayAloneDatesTheHonour() {
        Map<String, Event> a = awards("获颁荣誉市民证书\n2034/3/16 10:00\n(中央社记者王小明嘉义14日电)嘉义市长陈一平颁发「嘉义市荣誉市民证书」给日本友人山田太郎。",
                "2034-03-16");
        assertEquals("2034-03-14", a.get("嘉义市荣誉市民证书").date());
    }

    @Test
    void eachLineOfAnHonoursListNamesTheHonourAndWhoReceivedIt() {
        Map<String, Event> a = awards("授勋名单\n特区政府昨日公布本年度授勋名单。\n获授予荣誉勋章的人士或实体为:\n"
                + "金莲花荣誉勋章:周家豪、澳门青年联合总会。\n银莲花荣誉勋章:梁美仪、何俊杰。\n", "2033-12-20");
        assertEquals(List.of("周家豪", "澳门青年联合总会"), a.get("金莲花荣誉勋章").recipients());
        assertEquals(List.of("梁美仪", "何俊杰"), a.get("银莲花荣誉勋章").recipients());
    }

    @Test
    void theWinnersAfterTheHonourAnd包括() {
        Map<String, Event> a = awards("授勋\n特区政府3日举行授勋典礼。其中,2人获颁大紫荆勋章,包括企业家王家明先生、作曲家李志强先生。"
                + "另有5人获得金紫荆星章,包括市长张伟业、教授陈国栋等。", "2033-07-04");
        assertEquals(List.of("王家明", "李志强"), a.get("大紫荆勋章").recipients());
        assertEquals(List.of("张伟业", "陈国栋"), a.get("金紫荆星章").recipients());
    }

    @Test
    void thePagesOwnPlaceReceivesWhat我市Wins() {
        Map<String, Event> a = awards("我市获奖\n来源:丽水市人民政府\n记者昨日获悉,6月3日至5日,2033友城大会在南京召开。会上,我市从众多城市中脱颖而出,荣获“友城合作奖”。",
                "2033-06-08");
        Event e = a.get("友城合作奖");
        assertEquals(List.of("丽水"), e.recipients());
        assertEquals("2033-06", e.date());
    }

    @Test
    void aStatedListKeepsTheNamesItCanReadWhenOneEntryIsUnknown() {
        Map<String, Event> a = awards("颁奖\n大会向外国友城颁发“友城伙伴奖”。获奖城市为:法国里昂市、拉莫尼亚、日本奈良市、德国波恩市。", "2033-11-20");
        assertEquals(List.of("里昂", "奈良", "波恩"), a.get("友城伙伴奖").recipients());
    }

    @Test
    void theBodyConferringOnThoseListedBelowGivesEachHonourOfTheList() {
        Map<String, Event> a = awards("授勋名单\n澳门特别行政区政府昨日公布,向下列人士及实体颁授勋章。\n金莲花荣誉勋章:周家豪。\n", "2033-12-20");
        assertEquals(List.of("澳门特别行政区政府"), a.get("金莲花荣誉勋章").giver());
    }

    @Test
    void thePlacesDescribingAPersonHonouredAreNotHonoured() {
        Map<String, Event> a = awards("授勋\n3月2日,波兰驻上海总领事馆代表波兰总统向宁波市原副市长赵立新颁授“功绩十字勋章”。", "2033-03-03");
        assertEquals(List.of("赵立新"), a.get("功绩十字勋章").recipients());
    }

    @Test
    void aNameTheRecogniserMissedBesideHonouredPeopleIsHonouredToo() {
        Map<String, Event> a = awards("荣誉市民\n5日,衢州市授予约翰·史密斯、森山太一和玛丽亚·罗西“衢州市荣誉市民”称号。", "2033-04-06");
        assertEquals(List.of("约翰·史密斯", "森山太一", "玛丽亚·罗西"), a.get("衢州市荣誉市民").recipients());
        // 旅日华侨、商会会长甲: descriptions of one person joined by 、 — a description is not a name
        Map<String, Event> b = awards("荣誉市民\n5日,衢州市授予旅日华侨、侨商会会长李大同“衢州市荣誉市民”称号。", "2033-04-06");
        assertEquals(null, b.get("衢州市荣誉市民").recipients());
    }

    @Test
    void aPersonsOtherOfficeBefore顿号IsNoEntryOfTheList() {
        Map<String, Event> a = awards("荣誉市民\n昨日,衢州市人民政府举行仪式。全国政协常委、侨商联合会会长李大同,前驻华大使、德国莱茵公司董事长汉斯·韦伯被授予“衢州市荣誉市民”称号。",
                "2033-04-06");
        assertEquals(List.of("李大同", "汉斯·韦伯"), a.get("衢州市荣誉市民").recipients());
    }

    @Test
    void theBodyThatChoseTheWinnersOrHoldsThePrizeGivingGivesTheAward() {
        Map<String, Event> a = awards("颁奖\n经中国人民对外友好协会评选,宁波市荣获“友城合作奖”。", "2033-04-06");
        assertEquals(List.of("中国人民对外友好协会"), a.get("友城合作奖").giver());
        Map<String, Event> b = awards("颁奖\n由中国国际友好城市联合会主办的第二届“友城创新奖”颁奖典礼5日在北京举行。", "2033-04-06");
        assertEquals(List.of("中国国际友好城市联合会"), b.get("友城创新奖").giver());
    }

    @Test
    void theExpertsListedAsWinnersAfter获奖专家为() {
        Map<String, Event> a = awards("颁奖\n9月29日,湖北省人民政府向10位外国专家颁发“编钟奖”。获奖专家为:武汉大学美籍教授约翰·卡特、华中科技大学法籍研究员苏菲·马丁等。",
                "2033-09-30");
        assertEquals(List.of("约翰·卡特", "苏菲·马丁"), a.get("编钟奖").recipients());
    }

    @Test
    void aCountClosingAGroupMayNameCompoundKindsOfPlace() {
        Map<String, Event> a = awards("颁奖\n8日,大会颁发友好城市奖。贵州和宁夏获得友城特别奖;柳州、宜宾等2个副省级市和地级市以及吉林、青海等2个省、自治区获得友城合作奖。",
                "2033-05-09");
        assertEquals(List.of("贵州", "宁夏"), a.get("友城特别奖").recipients());
        assertEquals(List.of("柳州", "宜宾", "吉林", "青海"), a.get("友城合作奖").recipients());
    }

    @Test
    void honoursListLinesNameWhoFirstThenTheHonour() {
        Map<String, Event> a = awards("授勋名单\n特区政府昨日公布本年度授勋名单。\n获授予荣誉勋章者为:\n李家明 金莲花荣誉勋章\n"
                + "澳门渔业总会 银莲花荣誉勋章\n陈美华 银莲花荣誉勋章\n", "2033-12-20");
        assertEquals(List.of("金莲花荣誉勋章", "银莲花荣誉勋章"), List.copyOf(a.keySet()));
        assertEquals(List.of("李家明"), a.get("金莲花荣誉勋章").recipients());
        assertEquals(List.of("澳门渔业总会", "陈美华"), a.get("银莲花荣誉勋章").recipients());
        assertEquals("2033-12-19", a.get("金莲花荣誉勋章").date());
    }

    @Test
    void theHonouredNamedAfterTheDecisionAndReferredBackTo获此称号() {
        Map<String, Event> a = awards("绍兴新添第五批荣誉市民\n9日,第五批绍兴市荣誉市民授证仪式举行。"
                + "市人大常委会副主任王芳宣读了《关于授予第五批绍兴市荣誉市民的决定》,法国籍商人让·杜邦、美国籍教师马克·怀特等8人获此称号。",
                "2033-06-10");
        assertEquals(List.of("绍兴市荣誉市民"), List.copyOf(a.keySet())); // the headline of new citizens names no award
        assertEquals(List.of("让·杜邦", "马克·怀特"), a.get("绍兴市荣誉市民").recipients());
        assertEquals("2033-06-09", a.get("绍兴市荣誉市民").date());
    }

    @Test
    void theNamedAmongThoseHonouredAfter其中包括() {
        Map<String, Event> a = awards("友好使者\n5日,江西省人民对外友好协会向来自5个国家的9位外籍友人授予“江西省人民友好使者”称号,"
                + "其中包括美国友人约翰·布朗和德国友人汉斯·施耐德。", "2033-06-06");
        assertEquals(List.of("约翰·布朗", "汉斯·施耐德"), a.get("江西省人民友好使者").recipients());
        assertEquals(List.of("江西省人民对外友好协会"), a.get("江西省人民友好使者").giver());
    }

    @Test
    void theGiverSetsTheAwardUpInAYearOrForAPurpose() {
        Map<String, Event> a = awards("颁奖\n5日,第三届“金桥奖”颁奖仪式在长沙举行。“金桥奖”是湖南省人民政府为表彰外国专家而设立的荣誉。", "2033-06-06");
        assertEquals(List.of("湖南省人民政府"), a.get("金桥奖").giver());
        Map<String, Event> b = awards("颁奖\n5日,第三届“赣江奖”颁奖仪式在南昌举行。江西省人民政府于2011年设立“赣江奖”,每两年评选一次。", "2033-06-06");
        assertEquals(List.of("江西省人民政府"), b.get("赣江奖").giver());
    }

    @Test
    void cityKeysAndCertificatesOfThanksAreHonoursHandedOver() {
        Map<String, Event> a = awards("市长会见访问团\n日本静冈县知事川口浩二9日率团访问台南,市长林文华致赠市钥予川口知事,感谢他推动两地交流。", "2033-06-10");
        assertEquals(List.of("川口浩二"), a.get("市钥").recipients()); // surname and title: the one person of that surname
        Map<String, Event> b = awards("感谢状\n台中市政府9日颁发感谢状给日本大阪府议员山田太郎,感谢他协助台中参加物产展。", "2033-06-10");
        assertEquals(List.of("山田太郎"), b.get("感谢状").recipients());
        assertEquals(List.of("台中市政府"), b.get("感谢状").giver()); // a day between the body and its verb
    }

    @Test
    void anHonoraryCitizensCardHandedOverIsAnHonourButATallyOfCertificatesIsNone() {
        Map<String, Event> a = awards("市长会见友人\n嘉义市长今天颁发荣誉市民证给日本友人铃木一郎,感谢他推动两地交流。", "2033-06-10");
        assertEquals(List.of("铃木一郎"), a.get("荣誉市民证").recipients());
        Map<String, Event> b = awards("市长会见友人\n嘉义市自1990年以来已向80名外籍人士颁发荣誉市民证书。", "2033-06-10");
        assertTrue(b.isEmpty(), b.toString());
    }

    @Test
    void aQuotedHonourNamedByTheCertificateConferred() {
        Map<String, Event> a = awards("友好使者\n9日,市友协向德国友人约翰·布朗颁发“人民友好使者”证书。", "2033-06-10");
        assertEquals(List.of("人民友好使者"), List.copyOf(a.keySet()));
    }

    @Test
    void aNameTheRecogniserMissedAfterACallingInAListCountedInPeople() {
        Map<String, Event> a = awards("荣誉市民\n9日,嘉兴市人民政府举行仪式,德国籍工程师施密德、新加坡籍企业家陈国华等6人被授予“嘉兴市荣誉市民”称号。",
                "2033-06-10");
        assertEquals(List.of("施密德", "陈国华"), a.get("嘉兴市荣誉市民").recipients());
        assertEquals(List.of("嘉兴市人民政府"), a.get("嘉兴市荣誉市民").giver()); // it held the ceremony of conferring
    }

    @Test
    void theObjectHandedOverThen给AndTheWinners() {
        Map<String, Event> a = awards("颁奖\n台南市政府5日举行“友城贡献奖”颁奖典礼,由市长林文华颁发奖座给美国奥兰多市议员约翰·米勒及日本冈山市议员佐藤健太。",
                "2033-06-06");
        assertEquals(List.of("约翰·米勒", "佐藤健太"), a.get("友城贡献奖").recipients());
    }

    @Test
    void anHonourNamedAgainAfterThePeopleItIsConferredOn() {
        Map<String, Event> a = awards("荣誉市民\n漳州市人民政府5日在漳州举行“漳州市荣誉市民”称号授予仪式,授予德国友人约翰·布朗先生和法国友人玛丽·杜兰女士“漳州市荣誉市民”称号。",
                "2033-06-06");
        assertEquals(List.of("约翰·布朗", "玛丽·杜兰"), a.get("漳州市荣誉市民").recipients());
        assertEquals(List.of("漳州市人民政府"), a.get("漳州市荣誉市民").giver()); // not the place after 在, nor the honour's own
    }

    @Test
    void honoursInBracketsAfterTheNamesThatReceivedThem() {
        Map<String, Event> a = awards("授勋\n特区政府昨日公布本年度授勋名单。\n获授功绩勋章的人士和团体为:李家明、何美玲(专业功绩勋章);澳门渔业总会(工商功绩勋章)。",
                "2033-12-20");
        assertEquals(List.of("专业功绩勋章", "工商功绩勋章"), List.copyOf(a.keySet()));
        assertEquals(List.of("李家明", "何美玲"), a.get("专业功绩勋章").recipients());
        assertEquals(List.of("澳门渔业总会"), a.get("工商功绩勋章").recipients());
    }

    @Test
    void theHonouredIntroducedBy来自AfterXiang() {
        Map<String, Event> a = awards("颁奖\n9日,省长王立平向来自美国的汤姆·斯通和英国的彼得·格林颁发了“黄河友谊奖”。", "2033-06-10");
        assertEquals(List.of("汤姆·斯通", "彼得·格林"), a.get("黄河友谊奖").recipients());
    }

    @Test
    void aQuotedTitleAfter获评IsAnHonourWhateverItsHead() {
        Map<String, Event> a = awards("表彰\n9日,大会表彰了一批友城工作先进单位,宜昌市、黄石市和十堰市获评“友城工作先进城市”。", "2033-06-10");
        assertEquals(List.of("宜昌", "黄石", "十堰"), a.get("友城工作先进城市").recipients());
    }

    @Test
    void thePrizeGivingHeldInTheSentenceBeforeGivesThePlace() {
        Map<String, Event> a = awards("颁奖\n颁奖典礼于11月19日在贵阳举行。遵义市、安顺市获得“友城合作奖”。", "2033-11-20");
        assertEquals(List.of("遵义", "安顺"), a.get("友城合作奖").recipients());
        assertEquals("贵阳", a.get("友城合作奖").location());
        assertEquals("2033-11-19", a.get("友城合作奖").date());
    }

    @Test
    void theHonouredListedAfter包括FollowingTheConferral() {
        Map<String, Event> a = awards("授勋\n9日,特区政府向3名外籍人士颁授“银紫荆星章”,包括约翰·布朗、马克·怀特及玛丽·杜兰。", "2033-06-10");
        assertEquals(List.of("约翰·布朗", "马克·怀特", "玛丽·杜兰"), a.get("银紫荆星章").recipients());
    }

    @Test
    void namesTheRecogniserMissedWhenTheirNumberIsTheCountOfPeopleHonoured() {
        Map<String, Event> a = awards("授勋\n9日,特区政府向4名人士颁授“金紫荆星章”,包括陈立群、黄美珊、张文彬及梁志明。", "2033-06-10");
        assertEquals(List.of("陈立群", "黄美珊", "张文彬", "梁志明"), a.get("金紫荆星章").recipients());
        // the count gate itself (a count that is not the list's length reads nothing by form) is in WinnersListTest:
        // with listed names now found by the recogniser (entities/ListedNames), this report no longer exercises it
    }

    @Test
    void peopleAfterTheirOfficesBeforeTheVerbAreAllWinners() {
        Map<String, Event> a = awards("颁奖\n5月3日,丰原市文学会前主席欧阳淑仪、国际友好人士彼得·诺瓦克和青年画家林子豪获得“友谊使者”称号。", "2031-05-04");
        assertEquals(List.of("欧阳淑仪", "彼得·诺瓦克", "林子豪"), a.get("友谊使者").recipients());
    }

    @Test
    void winnersNamedAsSubjectAfter获奖的() {
        Map<String, Event> a = awards("颁奖\n4月2日,省政府举行“山海友谊奖”颁奖仪式。获奖的挪威学者汉斯·贝格、泰国专家阿南·颂猜在仪式上发言。", "2031-04-03");
        assertEquals(List.of("汉斯·贝格", "阿南·颂猜"), a.get("山海友谊奖").recipients());
    }

    @Test
    void eachAwardOfASentenceWithItsOwnClause() {
        Map<String, Event> a = awards("颁奖\n8月1日,大会闭幕。获得友城合作伙伴奖的有挪威卑尔根市、芬兰坦佩雷市等12个外国城市;"
                + "洛阳市、大连市等9个城市获友城交流合作奖;友城特别贡献奖授予贵州省和西安市。", "2031-08-02");
        assertEquals(List.of("卑尔根", "坦佩雷"), a.get("友城合作伙伴奖").recipients());
        assertEquals(List.of("洛阳", "大连"), a.get("友城交流合作奖").recipients());
        assertEquals(List.of("贵州", "西安"), a.get("友城特别贡献奖").recipients());
    }

    @Test
    void theCertificateAndMedalHandedOverAreNotAnAward() {
        Map<String, Event> a = awards("授证\n3月9日,丰原市举行授予林子豪先生丰原市“荣誉市民”称号仪式。市长为林子豪颁发了证书和奖章。", "2031-03-10");
        assertEquals(List.of("荣誉市民"), List.copyOf(a.keySet()));
    }

    @Test
    void anUnquotedAwardIsNamedWithoutItsYearOfAward() {
        Map<String, Event> a = awards("颁奖\n6月2日,市政府向挪威学者汉斯·贝格颁发2030年度山海友谊奖。", "2031-06-03");
        assertEquals(List.of("山海友谊奖"), List.copyOf(a.keySet()));
    }

    @Test
    void kindsOfPlaceSummedUpBeforeTheWinnersAreNoWinner() {
        Map<String, Event> a = awards("大会闭幕\n11月19日,2031某国际友好城市大会在贵阳闭幕。大会还表彰了近年来做出突出贡献的中、外省州和城市,"
                + "德国黑森州、澳大利亚珀斯市等60个省州和城市获得友城合作伙伴奖。", "2031-11-20");
        assertEquals(List.of("黑森", "珀斯"), a.get("友城合作伙伴奖").recipients());
    }

    @Test
    void aBareWeekdayDatesTheCeremony() {
        Map<String, Event> a = awards("颁奖\n某省政府周二举行仪式,为在某省工作的外国专家颁发2031年白山友谊奖。", "2031-07-24");
        assertEquals("2031-07-22", a.get("白山友谊奖").date());
    }

    @Test
    void theBodyAPersonWorksForIsNotHonoured() {
        Map<String, Event> a = awards("颁奖\n6月2日,市政府向北京大学教授汉斯·贝格、中国人民对外友好协会颁发“山海友谊奖”。", "2031-06-03");
        assertEquals(List.of("汉斯·贝格", "中国人民对外友好协会"), a.get("山海友谊奖").recipients());
    }

    @Test
    void anHonourQuotedInsideAQuotationIsNamedAlone() {
        Map<String, Event> a = awards("荣誉市民\n6月2日,丰原市授予阮氏兰“丰原市荣誉市民”证书。局长说:“很高兴看到一名越南公民获得“丰原市荣誉市民”证书。”", "2031-06-03");
        assertEquals(List.of("丰原市荣誉市民"), List.copyOf(a.keySet()));
    }

    @Test
    void anHonourWrittenWithAndWithoutItsCitySuffixIsOneAward() {
        Map<String, Event> a = awards("荣誉市民\n6月2日,丰原市举行2030年度“丰原荣誉市民”称号授予仪式。自1990年起,“丰原市荣誉市民”证书已颁给300人。", "2031-06-03");
        assertEquals(1, a.size());
    }

    @Test
    void theDayTheReporterLearnedOfAnAwardIsNotItsDate() {
        Map<String, Event> a = awards("获奖\n11月3日,记者从市外办获悉,在2031中国国际友好城市大会上,宁波市获全国友协颁发的“友好城市合作金奖”。", "2031-11-04");
        Event e = a.get("友好城市合作金奖");
        assertEquals(List.of("宁波"), e.recipients());
        assertEquals(null, e.date());
    }

    @Test
    void aProvincesCeremonyGivesNoCityForTheAward() {
        Map<String, Event> a = awards("颁奖\n昨天,湖北省政府在省会议中心举行隆重的颁奖大会,授予约翰·史密斯等20名外国专家“楚天友谊奖”。", "2031-09-29");
        Event e = a.get("楚天友谊奖");
        assertEquals(List.of("湖北省政府"), e.giver());
        assertEquals(null, e.location());
    }

    @Test
    void theBodyWhoseHeadIsHonouredDoesNotConfer() {
        Map<String, Event> a = awards("会见\n10日,宁波市市长王明会见了日本静冈市日中友好协会会长田中一郎,并授予田中一郎先生宁波市“荣誉市民”称号。", "2031-05-11");
        Event e = a.get("荣誉市民");
        assertEquals(List.of("田中一郎"), e.recipients());
        // not the honoured man's body; the mayor who opens the clause confers for his city (PlaceHeads, GOLD.md §7)
        assertEquals(List.of("宁波"), e.giver());
    }

    @Test
    void thoseWhoReceivedTheCertificatesHandedOut() {
        Map<String, Event> a = awards("授证\n8日,宁波市举行仪式为第三批宁波市荣誉市民颁发证书,宁波港务集团董事长、总经理王明、"
                + "德国汉堡友好协会主席汉斯·穆勒(Hans Muller)以及其他几位荣誉市民的代表接受了颁证。", "2031-05-09");
        Event e = a.get("宁波市荣誉市民");
        assertEquals(List.of("王明", "汉斯·穆勒"), e.recipients());
        assertEquals(List.of("宁波"), e.giver());
        assertEquals("宁波", e.location());
    }

    @Test
    void oneWinnerToALineUnderEachHonour() {
        Map<String, Event> a = awards("授勋\n特区政府向下列人士及机构颁授勋章:\n1.大紫荆勋章:\n王明\n李红梅\n2.金紫荆星章:\n宁波港务集团\n张伟\n阅读更多\n", "2031-07-02");
        assertEquals(List.of("王明", "李红梅"), a.get("大紫荆勋章").recipients());
        assertEquals(List.of("宁波港务集团", "张伟"), a.get("金紫荆星章").recipients());
    }

    @Test
    void aBodyHandingOverAnHonourWith颁赠GivesIt() {
        Map<String, Event> a = awards("感谢状\n10日,丰原市政府颁赠“丰原市荣誉市民证书”予日本友人田中一郎。", "2031-05-11");
        assertEquals(List.of("丰原市政府"), a.get("丰原市荣誉市民证书").giver());
    }

    @Test
    void aCongressThatDecidesToConferIsTheGiver() {
        Map<String, Event> a = awards("荣誉市民\n10日,宁波市人大常委会决定授予汉斯·穆勒“宁波市荣誉市民”称号。", "2031-05-11");
        assertEquals(List.of("宁波市人大常委会"), a.get("宁波市荣誉市民").giver());
    }

    @Test
    void theFirstToReceiveAnAwardReceivesIt() {
        Map<String, Event> a = awards("获奖\n10日,宁波市是首个获得“友好城市合作金奖”的中国城市。", "2031-05-11");
        assertEquals(List.of("宁波"), a.get("友好城市合作金奖").recipients());
    }

    @Test
    void theCongressWhoseSessionDecidedGivesTheHonour() {
        Map<String, Event> a = awards("荣誉市民\n10日,经宁波市人大常委会第三十次会议审议通过,授予汉斯·穆勒“宁波市荣誉市民”称号。", "2031-05-11");
        assertEquals(List.of("宁波市人大常委会"), a.get("宁波市荣誉市民").giver());
    }

    @Test
    void anHonoraryCitizensCardHandedOverWithAnotherTokenNamesItsHolder() {
        Map<String, Event> a = awards("荣誉市民\n市长王明在市政会议上,颁发宁波荣誉市民证及市民卡给汉斯·穆勒。", "2031-05-11");
        assertEquals(List.of("汉斯·穆勒"), a.get("宁波荣誉市民证").recipients());
    }

    @Test
    void winnersNamedWithTheirBodyNationalityAndCallingAreEachRead() {
        Map<String, Event> a = awards("外籍专家受表彰\n10月8日,2031年度湖北省“黄鹤友谊奖”表彰大会在武汉召开。获奖专家包括:武汉理工大学美籍教授彼得·格林、"
                + "湖北农学院德籍研究员汉斯·穆勒、长江机电公司日籍工程师田中次郎等。", "2031-10-09");
        assertEquals(List.of("彼得·格林", "汉斯·穆勒", "田中次郎"), a.get("黄鹤友谊奖").recipients());
    }

    @Test
    void aWinnersLatinNameInBracketsKeepsTheListWhole() {
        Map<String, Event> a = awards("表扬友好人士\n丰原市政府8日举行“城市交流贡献奖”颁奖典礼,获奖者包括侨领张丽珠、"
                + "法国籍艺术家皮耶·杜兰(Pierre Durand)及日本冈山县议员佐藤正人。", "2031-12-08");
        assertEquals(List.of("张丽珠", "皮耶·杜兰", "佐藤正人"), a.get("城市交流贡献奖").recipients());
    }

    @Test
    void aConjunctionInsideAHonouredPersonsNameSplitsNothing() {
        Map<String, Event> a = awards("外事动态\n10月1日,赣州市人民政府授予日本丰冈市市长田村和夫先生、韩国清州市议长金和俊“赣州市荣誉市民”称号。", "2031-10-02");
        assertEquals(List.of("田村和夫", "金和俊"), a.get("赣州市荣誉市民").recipients());
    }

    @Test
    void peopleWithTheirBodyFieldAndNationalityOneToACommaBeforeACountAreAllHonoured() {
        Map<String, Event> a = awards("外国专家获奖\n10月1日,省政府决定授予赣南师范大学生物领域澳大利亚籍专家马克·泰勒,"
                + "赣州市第一人民医院德国籍医生汉斯·韦伯等2名外国专家“赣南友谊奖”。", "2031-10-02");
        assertEquals(List.of("马克·泰勒", "汉斯·韦伯"), a.get("赣南友谊奖").recipients());
    }

    @Test
    void aGovernmentHoldingThePrizeGivingInACityGivesTheAwardThereToThoseItIsHandedTo() {
        Map<String, Event> a = awards("江西表彰在赣工作的外国专家\n10月1日,江西省人民政府在南昌举行2031年度“庐山友谊奖”颁奖仪式,"
                + "省长王明为获奖的马克·泰勒、汉斯·韦伯等15名外国专家颁奖。", "2031-10-02");
        Event e = a.get("庐山友谊奖");
        assertEquals(List.of("江西省人民政府"), e.giver());
        assertEquals(List.of("马克·泰勒", "汉斯·韦伯"), e.recipients());
        assertEquals("南昌", e.location());
    }

    @Test
    void theBodyThePrizeGivingIsHeldByGivesTheAward() {
        Map<String, Event> a = awards("江西表彰在赣工作的外国专家\n10月1日,2031年度“赣南友谊奖”颁奖典礼在赣州举行,典礼由赣州市人民政府主办。"
                + "马克·泰勒、汉斯·韦伯获奖。", "2031-10-02");
        assertEquals(List.of("赣州市人民政府"), a.get("赣南友谊奖").giver());
    }

    @Test
    void theBodyPraisingTheWinnersNamedAfterTheAwardsHolderWordGivesIt() {
        Map<String, Event> a = awards("江西表彰在赣工作的外国专家\n10月1日,赣州市人民政府召开大会,表彰2031年度“赣南友谊奖”获得者马克·泰勒、汉斯·韦伯。", "2031-10-02");
        assertEquals(List.of("赣州市人民政府"), a.get("赣南友谊奖").giver());
        assertEquals(List.of("马克·泰勒", "汉斯·韦伯"), a.get("赣南友谊奖").recipients());
    }

    @Test
    void winnersListedWithTheirCountryInBracketsAreEachRead() {
        Map<String, Event> a = awards("江西表彰在赣工作的外国专家\n10月1日,“赣南友谊奖”获奖者名单公布:马克·泰勒(美国)、汉斯·韦伯(德国)。", "2031-10-02");
        assertEquals(List.of("马克·泰勒", "汉斯·韦伯"), a.get("赣南友谊奖").recipients());
    }

    @Test
    void placesPraisedThenGivenTheHonourByAPronounReceiveIt() {
        Map<String, Event> a = awards("友城工作表彰\n10月1日,中国人民对外友好协会表彰了赣州市、抚州市等5个城市,授予其“友城交流先进城市”称号。", "2031-10-02");
        assertEquals(List.of("赣州", "抚州"), a.get("友城交流先进城市").recipients());
        assertEquals(List.of("中国人民对外友好协会"), a.get("友城交流先进城市").giver());
    }

    @Test
    void aJapaneseOrderEndingIn光章IsAnHonourItsGovernmentGives() {
        Map<String, Event> a = awards("友好交流动态\n10月1日,赣州市人民对外友好协会会长李华荣获日本政府授予的“旭日双光章”。", "2031-10-02");
        assertEquals(List.of("李华"), a.get("旭日双光章").recipients());
    }

    @Test
    void theBodyWhosePraiseTheWinnerReceivedGivesTheAward() {
        Map<String, Event> a = awards("友好交流动态\n10月1日,赣州市外办获中国人民对外友好协会表彰,荣获“人民友谊贡献奖”。", "2031-10-02");
        assertEquals(List.of("中国人民对外友好协会"), a.get("人民友谊贡献奖").giver());
    }

    @Test
    void bodiesCountedWithPeopleBeforeTheirPraiseReceiveTheHonourConferredOnThem() {
        Map<String, Event> a = awards("友好交流动态\n10月1日,赣州市人民对外友好协会、吉安市人民对外友好协会等国内12个团体和20位个人获得表彰,"
                + "这些先进团体和个人被授予“人民友谊贡献奖”。", "2031-10-02");
        assertEquals(List.of("赣州市人民对外友好协会", "吉安市人民对外友好协会"), a.get("人民友谊贡献奖").recipients());
    }

    @Test
    void thoseHonouredNamedAfterAPronounAndAColonReceiveTheHonour() {
        Map<String, Event> a = awards("友好交流动态\n10月1日,赣州市政府授予3位外国友人“赣州市荣誉市民”称号,他们是:日本丰冈市市长田村和夫、"
                + "韩国清州市副市长李成民和美国友人约翰·史密斯。", "2031-10-02");
        assertEquals(List.of("田村和夫", "李成民", "约翰·史密斯"), a.get("赣州市荣誉市民").recipients());
    }

    @Test
    void thoseNamedAmongTheChosenAfterAClauseOfSelecting() {
        Map<String, Event> a = awards("评选\n本届“北江友谊奖”共评选出9名外国专家,其中包括瑞典工程师拉尔斯·贝里和意大利医生马可·罗西。", "2031-09-30");
        assertEquals(List.of("拉尔斯·贝里", "马可·罗西"), a.get("北江友谊奖").recipients());
    }

    @Test
    void thePeopleIncludedAfterACountThatReceivedAreItsRecipients() {
        Map<String, Event> a = awards("荣誉市民\n此次共有9人获授“青州荣誉市民”称号,来自澳门的最多,共有3人,包括大学校长钱永安、"
                + "某某科技有限公司创始人孙志明、某某集团董事长兼总裁周海涛。", "2031-06-04");
        assertEquals(List.of("钱永安", "孙志明", "周海涛"), a.get("青州荣誉市民").recipients());
    }

    @Test
    void thePeopleNamedAmongThoseWhoWonAreItsRecipients() {
        Map<String, Event> a = awards("表彰\n本年度获得“白州友谊奖”的海外专家当中,有英国学者彼得·格林和荷兰工程师扬·德福斯。", "2031-06-04");
        assertEquals(List.of("彼得·格林", "扬·德福斯"), a.get("白州友谊奖").recipients());
    }

    @Test
    void thePeopleTheCeremonyHonoursAreItsRecipients() {
        Map<String, Event> a = awards("表彰\n5日,白州市举行“白州友谊奖”颁奖典礼,表彰彼得·格林、扬·德福斯等8名海外专家。", "2031-06-06");
        assertEquals(List.of("彼得·格林", "扬·德福斯"), a.get("白州友谊奖").recipients());
    }

    @Test
    void theOneAConferringCeremonyIsHeldForIsItsRecipient() {
        Map<String, Event> a = awards("授证\n白州市人民政府昨日为荷兰友人扬·德福斯举行“白州荣誉市民”授证仪式。", "2031-06-06");
        assertEquals(List.of("扬·德福斯"), a.get("白州荣誉市民").recipients());
    }

    @Test
    void aCertificateCeremonyReportedHeldDatesTheHonourItNames() {
        Map<String, Event> a = awards("授证\n12日,第五批青州市荣誉市民授证仪式在市民中心举行。市长李文华为荣誉市民颁发证书。", "2031-06-13");
        assertEquals("2031-06-12", a.get("青州市荣誉市民").date());
    }

    @Test
    void peopleAfter向AndACallingWithNoBodyRecognisedAreTheRecipients() {
        Map<String, Event> a = awards("颁奖\n领事馆12日举行颁奖仪式,向大学教授汉斯·穆勒和公司总裁彼得·格林两名外国专家颁发“白州友谊奖”。", "2031-06-13");
        assertEquals(List.of("汉斯·穆勒", "彼得·格林"), a.get("白州友谊奖").recipients());
    }

    @Test
    void anHonourRecalledBareAfter获颁IsReceivedByThePersonTheSentenceOpensWith() {
        Map<String, Event> a = awards("某部表扬知事\n2032/05/08 12:00 记者陈小文／台北报导\n"
                + "日本福冈县知事田中和夫今天到访。某部表示，田中和夫自2015年担任福冈县知事以来，积极推动两地交流，并于2026年获颁嘉义市荣誉市民，两地交流更加紧密。",
                "2032-05-08");
        Event e = a.get("嘉义市荣誉市民");
        assertEquals(List.of("田中和夫"), e.recipients());
        assertEquals("2026", e.date());
    }

    @Test
    void aCaptionWithoutItsDayTakesTheDayOfTheLeadThatTellsTheAwardAgain() {
        Map<String, Event> a = awards("某部颁奖\n2032/05/08 12:00 记者陈小文／台北报导\n"
                + "外交部长林大明颁赠「城市之友奖」予日本某县知事田中和夫。（外交部提供）\n"
                + "外交部长林大明8日颁赠「城市之友奖」予日本某县知事田中和夫，表彰他推动交流的贡献。", "2032-05-08");
        assertEquals("2032-05-08", a.get("城市之友奖").date());
    }

    @Test
    void theReportsCreditUnderAHeadlineIsNoWinner() {
        Event a = awards("南宁获“国际友城合作示范奖”\n来源:广西日报\n12月3日,2031中国—东盟友城论坛在南宁闭幕。", "2031-12-04").get("国际友城合作示范奖");
        assertEquals(List.of("南宁"), a.recipients());
    }

    @Test
    void aCeremonyOf授荣NamesAndDatesTheHonourAs授证Does() {
        Map<String, Event> a = awards("授荣\n12日,第五批青州市荣誉市民授荣仪式在市民中心举行。", "2031-06-13");
        assertEquals(List.of("青州市荣誉市民"), List.copyOf(a.keySet()));
        assertEquals("2031-06-12", a.get("青州市荣誉市民").date());
        Map<String, Event> b = awards("青州举行招待会暨泉州市荣誉市民授荣典礼\n昨晚,青州举行招待会,约翰·布朗出席。", "2031-06-13");
        assertEquals(List.of("泉州市荣誉市民"), List.copyOf(b.keySet()));
        Map<String, Event> c = awards("授荣\n在泉州市荣誉市民授荣大会上,市长讲话。", "2031-06-13");
        assertEquals(List.of("泉州市荣誉市民"), List.copyOf(c.keySet()));
    }

    @Test
    void anHonourHeldByAGuestIsNoHonourConferred() {
        Map<String, Event> a = awards("会见\n12日,市长会见了泉州市荣誉市民约翰·布朗。", "2031-06-13");
        assertEquals(List.of(), List.copyOf(a.keySet()));
    }
}

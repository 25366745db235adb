package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;


import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a signing took place, in made-up reports (round 3 of issue 9). */
class SigningPlaceTest {
    @Test
    void aCeremonyHeldAtACityHallTakesTheCitysPlace() {
        String text = "台南市长黄大文今天与日本鹿儿岛市长山本次郎签署友好交流协定,这项签约仪式在台南市政府举行。";
        assertEquals("台南", placeOfTheSigning(text, "2024-05-11"));
    }

    @Test
    void aDayMayOpenTheClauseThatNamesTheScene() {
        assertEquals("维也纳", placeOfTheSigning("签署\n6月2日在维也纳,成都市与林茨市签署了友好交流意向书。", "2031-06-03"));
        assertEquals("维也纳", placeOfTheSigning("签署\n当地时间6月2日上午在奥地利维也纳,成都市与林茨市签署了友好交流意向书。", "2031-06-03"));
        // a place after 在 inside a clause that a day does not open is no scene of the next clause
        assertNull(placeOfTheSigning("签署\n代表团曾在维也纳停留,成都市与林茨市签署了友好交流意向书。", "2031-06-03"));
    }

    @Test
    void aSigningOnTheDayOfTheDatelineTookPlaceInTheDatelineCity() {
        String text = "西安与奈良签署备忘录\n新华社西安3月1日电 西安市与日本奈良市1日签署两市经贸合作备忘录。";
        Event e = signings(run(text, "2022-03-02")).get(0);
        assertEquals("2022-03-01", e.date());
        assertEquals("西安", e.location());
    }

    @Test
    void aSigningToldOverDaysEndingOnTheDatelineDayTookPlaceInTheDatelineCity() {
        String text = "标题\n本报青河6月12日讯 6月11日至12日,青河市举行国际友好城市签约仪式,市长王小明代表市政府与法国白山市签署友好城市协议。";
        Event e = signings(run(text, "2031-06-13")).get(0);
        assertEquals("2031-06", e.date());
        assertEquals("青河", e.location());
    }

    @Test
    void aLocalNewspapersDatelineAlsoPlacesTheSigning() {
        Event e = signings(run("标题\n本报武汉讯 武汉市与泰国曼谷市今天签署友好城市关系协议书。", "2018-11-17")).get(0);
        assertEquals("武汉", e.location());
    }

    @Test
    void aVisitsPlaceIsWhereTheSigningDuringItTookPlace() {
        String text = "4月19日,安徽省省长李明率团访问日本高知县,与高知县知事山田太郎共同签署了交流合作备忘录。";
        assertEquals("高知", signings(run(text, "2022-04-21")).get(0).location());
    }

    @Test
    void aDayInsideTheSpanOfAVisitJustToldIsADayOfThatVisit() {
        String text = "应日本松江市邀请,宜昌市市长张伟于5月10日至13日率团访问松江市。12日,张伟与松江市市长中村健签署了两市经贸合作备忘录。";
        Event e = signings(run(text, "2022-05-20")).get(0);
        assertEquals("2022-05-12", e.date());
        assertEquals("松江", e.location());
    }

    @Test
    void aHeadlinesCeremonyPlacesTheSigningsItsBodyLists() {
        String text = "云南友城签约活动在昆明举行\n8月5日,云南省与泰国清迈府、大理市与老挝琅勃拉邦市分别签署建立友好关系协议书。";
        for (Event e : signings(run(text, "2024-08-06"))) {
            assertEquals("昆明", e.location(), e.toString());
        }
    }

    @Test
    void aSigningAfterAMeetingInAPlaceTookPlaceThere() {
        String text = "标题\n7月7日,副省长王海在长春会见俄罗斯滨海边疆区副州长伊万·彼得罗夫一行。会见后,双方签署了《吉林省与滨海边疆区经贸合作备忘录》。";
        assertEquals("长春", placeOfTheSigning(text, "2024-07-08"));
    }

    @Test
    void aSigningAfterAMeetingInAPlaceToldBeforeTheGuestsTourAndTalkTookPlaceThere() {
        String text = "标题\n6月3日下午,江西省省长赵刚在南昌会见了琅勃拉邦省省长坎平率领的老挝代表团。省政府秘书长钱伟陪同会见。"
                + "代表团前一天参观了景德镇的瓷厂,之后将去九江洽谈农业项目。会见中,双方谈到了咖啡种植。会见后,两省签署了友好交往意向书。";
        assertEquals("南昌", placeOfTheSigning(text, "2024-06-04"));
    }

    @Test
    void thePlaceAfter于BeforeTheVerb() {
        Event e = signings(run("5月8日,潍坊市与德国雷根斯堡市于潍坊签署友好城市关系意向书。", "2024-05-10")).get(0);
        assertEquals("潍坊", e.location());
    }

    // round 7 of issue 9: page-shaped probes (made-up sentences)

    @Test
    void aCeremonyToldAfterTheSigningIsWhereItWasSignedNotTheDateline() {
        String text = "【记者王小明/嘉义报导】嘉义市长黄敏惠与日本长野市长田中太郎今天签署姊妹市盟约。签约仪式在长野市的文化会馆举行。";
        assertEquals("长野", placeOfTheSigning(text, "2024-03-01"));
    }

    @Test
    void aSigningAtTheCeremonyToldEarlierTakesItsPlace() {
        String text = "5月8日上午,南平市与法国图卢兹市友好城市签约仪式在南平举行。两市将加强合作。"
                + "签约仪式上,福建南平茶业有限公司与法国图卢兹航空集团签署合作协议。";
        java.util.List<Event> ss = signings(run(text, "2024-05-08"));
        assertEquals(2, ss.size());
        ss.forEach(e -> assertEquals("南平", e.location()));
    }

    @Test
    void aSignatureDatedOnItsOwnDayIsNotAtTheCeremonyToldBefore() {
        String text = "南平与图卢兹正式结好\n5月8日上午,南平市与法国图卢兹市友好城市签约仪式在南平举行。去年11月20日,两市签署了友好合作关系备忘录。";
        Event earlier = signings(run(text, "2024-05-08")).stream().filter(e -> "2023-11-20".equals(e.date())).findFirst().orElseThrow();
        assertEquals(null, earlier.location());
    }

    @Test
    void aPartnerWhoCameToTheHostSignedAtTheHostsPlace() {
        String text = "嘉义市长黄敏惠今(11)日与来访的日本长野市长荻原健司签署观光交流协定。";
        assertEquals("嘉义", signings(run(text, "2024-06-11")).get(0).location());
    }

    @Test
    void aSigningAfterTheHostMetItsVisitorsIsAtTheHostsPlace() {
        String text = "6月11日,漳州市市长李明会见了来访的日本熊本市市长大西一史一行。会见后,两市签署了建立友好城市关系协议书。";
        assertEquals("漳州", signings(run(text, "2024-06-12")).get(0).location());
    }

    // round 8 of issue 9: construction-faithful mirrors (made-up names)

    @Test
    void aSigningGoingOnWithAndWithIsAtTheCeremonyBefore() {
        String text = "5月6日,泰州市在泰州国际会议中心举行签约仪式。泰州市与奥地利格拉茨市在泰州签订了友好交流备忘录。并分别与德国友城波恩市、法国友城里昂市签订合作项目。";
        for (Event e : signings(run(text, "2021-05-07"))) {
            assertEquals("泰州", e.location(), e.toString());
        }
    }

    @Test
    void bothSidesSigningRightAfterAnArrivalSignWhereTheVisitorsArrived() {
        String text = "由乡长林一平带团的新竹县峨眉乡访问团,10月21日抵达日本长野县饭山市。饭山市长田中健亲自迎接访问团到来,双方并正式签盟为姊妹城镇。";
        List<Event> ss = signings(run(text, "2025-10-22"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("饭山", ss.get(0).location());
    }

    // round 9 of issue 9: error classes recurring across the probe pool (made-up sentences)

    @Test
    void aDocumentsCeremonyHeldAtATownshipOfficeAfterTheSigningIsWhere() {
        String text = "嘉义县民雄乡长王大同与台东县关山镇长李小明,今天(9日)代表签署姊妹市盟约。签署姊妹市盟约仪式在民雄乡公所大礼堂举行,双方互赠礼物。";
        List<Event> ss = signings(run(text, "2024-07-09"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("民雄乡", ss.get(0).location());
    }

    @Test
    void theSideWhoseDelegationCameSignedAtTheOthers() {
        String text = "9月14日下午,襄阳市与韩国庆州市签署友好交流协议书。市长张三和韩国庆州市市长金四代表双方签字。庆州市议会委员长朴五等庆州市政府代表团成员出席座谈会及签约仪式。";
        List<Event> ss = signings(run(text, "2024-09-15"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("襄阳", ss.get(0).location());
    }

    @Test
    void aSigningInAReportOfOneSidesVisitTookPlaceAtTheOtherSidesPlace() {
        String text = "襄阳市与日本松本市签署年度交流合作计划\n昨日,副市长王明会见日本松本市副市长田中一郎一行,两市签署年度交流合作计划。"
                + "松本市代表团将于下月回访襄阳。";
        assertEquals("襄阳", placeOfTheSigning(text, "2024-10-22"));
    }

    @Test
    void aDelegationToldAtAnotherTimeMadeNoVisitOfTheSigning() {
        String text = "襄阳市国际友城市长会议召开\n今天,襄阳市国际友城市长会议召开,襄阳市代表团与十个友城代表团共商合作。"
                + "今年9月,襄阳市与日本松本市签署缔结友好城市协议书。";
        assertNull(signings(run(text, "2031-11-20")).get(0).location());
    }

    @Test
    void aBuildingAfterThePlaceSetsTheSigningInThatPlace() {
        String text = "两地签约\n8月4日,兰州市与意大利都灵市在兰州市某宾馆,就双方的合作事项签订友好交流合作协议。";
        assertEquals("兰州", placeOfTheSigning(text, "2031-08-05"));
    }

    @Test
    void aSigningHereTookPlaceInTheDatelineCity() {
        // filed days after the signing, so only 此间 places it (a signing on the dateline's day is its news anyway)
        String text = "两市签约\n新华社东京5月10日电 西安市与日本奈良市3日在此间签署友好城市关系协议书。";
        assertEquals("东京", placeOfTheSigning(text, "2031-05-11"));
    }

    @Test
    void aVisitorsSigningTookPlaceInTheCityVisited() {
        String text = "两市签约\n10日,应邀访问洛杉矶的西安市市长郑建国与洛杉矶市市长约翰·史密斯签署了两市友好城市关系协议书。";
        assertEquals("洛杉矶", placeOfTheSigning(text, "2031-05-11"));
    }

    @Test
    void aSignerWhoTravelledAbroadDidNotSignInTheDatelineCity() {
        String text = "标题\n〔记者林小美/宜兰报导〕宜兰市与美国俄亥俄州代顿市缔结姊妹市,市长陈大同亲赴美国签署,今天上午双方完成缔盟。";
        assertEquals(null, placeOfTheSigning(text, "2019-05-20"));
    }

    @Test
    void aSignerWhoStayedHomeSignedInTheDatelineCity() {
        String text = "标题\n〔记者林小美/宜兰报导〕宜兰市长陈大同今天与美国俄亥俄州代顿市长签署姊妹市协定。";
        assertEquals("宜兰", placeOfTheSigning(text, "2019-05-20"));
    }

    @Test
    void aSigningByVideoLinkWasNotInTheDatelineCity() {
        String text = "标题\n〔记者林小美/宜兰报导〕宜兰市长陈大同今天透过视讯与美国俄亥俄州代顿市长签署姊妹市协定。";
        assertEquals(null, placeOfTheSigning(text, "2019-05-20"));
    }

    @Test
    void anUndatedSigningInTheLeadOfAnUndatedPageTookPlaceInItsDatelineCityWhenThatCitySigns() {
        assertEquals("烟台", placeOfTheSigning("两市签约\n中新网烟台5月2日电 青森市与烟台市近日签署协议,结为友好城市。", null));
        assertEquals("烟台", placeOfTheSigning("两市签约\n记者王明/烟台报导\n烟台市12日与青森市签署协议,结为友好城市。", null));
        // not at a dateline city that is no side of the signing
        assertNull(placeOfTheSigning("两市签约\n中新网烟台5月2日电 青森市与大连市近日签署协议,结为友好城市。", null));
        // nor when the signing has a time of its own, which says whether it is the news
        assertNull(placeOfTheSigning("两市签约\n中新网烟台5月2日电 青森市与烟台市2019年签署协议,结为友好城市。", null));
        // nor when the lead recalls it from an undated past: the news is what follows
        List<Event> recalled = signings(run("两市签约\n记者王明/烟台报导\n烟台市与青森市多年前签署了姐妹城市协定,这次青森市长率团回访。", null));
        assertTrue(recalled.stream().noneMatch(e -> "烟台".equals(e.location())), recalled.toString());
    }

    /** Where the one signing of a made-up report took place. */
    private static String placeOfTheSigning(String text, String published) {
        return signings(run(text, published)).get(0).location();
    }

    @Test
    void aCityHallOpeningTheSentenceIsWhereItsSigningTookPlace() {
        String text = "5月4日，在意大利都灵市政厅，洛阳市副市长与都灵市市长共同签署了两市合作备忘录。";
        assertEquals("都灵", placeOfTheSigning(text, "2024-05-05"));
    }

    @Test
    void aCeremonyPlaceToldThroughItsReporterPlacesTheSigningBefore() {
        String text = "标题\n屏东县恒春镇与日本冲绳县石垣市10日正式签署友好交流协定,双方将在观光领域合作。"
                + "观光局在新闻稿中指出,签约仪式在石垣市举行,双方互赠纪念品。";
        assertEquals("石垣", placeOfTheSigning(text, "2024-05-11"));
    }

    @Test
    void theVisitOnTheDayOfTheCeremonyPlacesTheSigningBefore() {
        String text = "标题\n嘉义县梅山乡于5月9日与日本静冈县挂川市签署友好交流协定,双方将深化茶产业合作。"
                + "签约仪式当天,梅山乡长林志明一早拜会挂川市,并参观当地茶园。";
        assertEquals("挂川", placeOfTheSigning(text, "2024-05-11"));
    }

    @Test
    void aCeremonyToldWithItsTimeInTheNextSentencePlacesTheSigning() {
        String text = "标题\n嘉义市和日本福冈县久留米市今天签署友好交流协定。双方的签约仪式上午在嘉义市政府举行,两市议长出席。";
        assertEquals("嘉义", placeOfTheSigning(text, "2024-05-11"));
    }

    @Test
    void aCeremonyToldAfterARemarkOnTheSigningPlacesIt() {
        String text = "标题\n宜兰县长李明华今天与日本冲绳县知事山田太郎签署观光交流备忘录。李明华说,两县今后将加强青少年交流。"
                + "签约仪式上午在宜兰县政府举行,双方互赠礼品。";
        assertEquals("宜兰", placeOfTheSigning(text, "2024-05-11"));
    }

    @Test
    void aVisitThatDayToldAfterTheSigningPlacesItOverTheDateline() {
        String text = "标题\n(中央社记者王小明东京7日专电)嘉义县梅山乡今天与日本静冈县挂川市签署友好交流协定。"
                + "梅山乡长林志明今天率领访问团造访挂川市,参观了当地茶园。";
        assertEquals("挂川", placeOfTheSigning(text, "2024-05-07"));
    }

    @Test
    void aCeremonyHeldAtAHallNamedAfterATownTookPlaceInThatTown() {
        String text = "台南市与日本松山市昨日于松山综合文化会馆举办两市缔盟仪式,在众多市民见证下,双方市长共同签署友好交流协定。";
        assertEquals("松山", signings(run(text, "2024-05-11")).get(0).location());
    }

    // round 27 of issue 9: guests who come to the host's city (made-up reports)

    @Test
    void guestsWhoComeToAPlaceSignThere() {
        String text = "标题\n5月6日,松本市市长田中一郎率代表团来烟台访问,并与烟台市签署两市友好城市协议书。";
        assertEquals("烟台", placeOfTheSigning(text, "2025-05-07"));
        String during = "标题\n5月6日,松本市市长田中一郎率代表团来烟台考察。其间,两市签署友好城市协议书。";
        assertEquals("烟台", placeOfTheSigning(during, "2025-05-07"));
    }

    @Test
    void aPlaceWelcomingGuestsIsNotWhereTheyCameTo() {
        String text = "标题\n5月6日,烟台迎来松本市代表团访问,两市签署友好城市协议书。";
        org.junit.jupiter.api.Assertions.assertNotEquals("松本", placeOfTheSigning(text, "2025-05-07"));
    }

    @Test
    void aSigningRightAfterAVisitToOneOfItsSidesTookPlaceThere() {
        String text = "鲁昂市市长马丁一行访问嘉兴。嘉兴市市长陈伟与鲁昂市市长马丁签署了两市友好城市协议书。";
        assertEquals("嘉兴", signings(run(text, "2024-06-05")).get(0).location());
    }

    @Test
    void aSigningWithAYearOfItsOwnAfterAVisitKeepsNoPlaceOfTheVisit() {
        String text = "鲁昂市市长马丁一行访问嘉兴。1990年5月3日，嘉兴市与鲁昂市签署了友好城市协议书。";
        assertNull(signings(run(text, "2024-06-05")).get(0).location());
    }

    @Test
    void aVisitToldJustBeforeOrGoingOnThroughTheHostsReceivingThePartyPlacesTheSigning() {
        String text = "本月初,法国南特市副市长杜蓬带着十二人的代表团来兰州工作访问。会谈结束时,两市签订了结好意向书。";
        assertEquals("兰州", signings(run(text, "2031-06-02")).get(0).location());
        text = "法国南特市副市长杜蓬本周率代表团来兰州考察。兰州市长王明在市政府宴请了杜蓬一行。两市随后签订了结好意向书。";
        assertEquals("兰州", signings(run(text, "2031-06-02")).get(0).location()); // the visit goes on through the receiving
    }

    @Test
    void aHostWhoReceivedTheGuestsIsNoneOfThemTheSigningIsAtTheHosts() {
        String text = "2031年6月2日,法国南特市市长贝尔率团访问兰州。当天,兰州市市长王明会见了代表团一行,双方签署了友好城市协议书。";
        assertEquals("兰州", signings(run(text, "2031-06-02")).get(0).location());
    }

    @Test
    void aDelegationLedByItsPlacesHeadTravelledTheSigningOnItsVisitIsAtTheHosts() {
        String text = "2031年6月2日,法国南特市市长贝尔率团访问兰州。当天,双方签署了友好城市协议书。";
        assertEquals("兰州", signings(run(text, "2031-06-02")).get(0).location());
    }
    // round 39: a ceremony held remotely, told in the sentence the signing goes on from

    @Test
    void aSigningGoingOnFromACeremonyHeldByVideoTookPlaceInNoDatelineCity() {
        String text = "标题\n新华社青河3月10日电 10日,青河市与法国白山市以视频会议方式举办友好城市签约仪式。"
                + "青河市市长王明和白山市市长让·杜邦分别在两地签署了友好城市关系协议书。";
        Event e = signings(run(text, "2031-03-10")).get(0);
        assertEquals("2031-03-10", e.date());
        assertNull(e.location());
    }

    @Test
    void aSigningGoingOnFromACelebrationHeldOverARemoteLinkTookPlaceInNoDatelineCity() {
        String text = "标题\n本报青河3月10日讯 10日,青河市与法国白山市在“云端”连线,共同举办结好十周年纪念活动。会上,两市签署了友好交流协议书。";
        assertNull(signings(run(text, "2031-03-10")).get(0).location());
    }

    @Test
    void aSpeechByVideoBeforeTheSigningLeavesTheDatelineCityItsPlace() {
        String text = "标题\n本报青河3月10日讯 10日,青河市与法国白山市举行结好十周年庆典。白山市市长在视频致辞中表示祝贺。"
                + "随后两市签署了友好交流协议书。";
        assertEquals("青河", signings(run(text, "2031-03-10")).get(0).location());
    }

    @Test
    void aSpeechGivenByVideoIsNoCeremonyHeldRemotely() {
        String text = "标题\n本报青河3月10日讯 10日,青河市与法国白山市举行结好十周年庆典。白山市市长以视频方式进行致辞。"
                + "随后两市签署了友好交流协议书。";
        assertEquals("青河", signings(run(text, "2031-03-10")).get(0).location());
    }

    @Test
    void aTripToOneCityToldInTheLeadPlacesALaterUndatedSigning() {
        String trip = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了友城白山市,与白山市商会座谈,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n青河是一座港口城市。\n据了解,青河市政府与白山市政府签署了共建物流园区的合作协议。";
        assertEquals("白山", placeOfTheSigning(trip, "2031-04-10"));
        String gathering = "青河企业走进白山\n本报讯 近日,青河市商会会长某某带领企业家赴德国白山市参加当地博览会,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n博览会期间成果丰硕。\n青河市副市长李青、白山市副市长田中一郎签署《两市产业合作备忘录》。";
        assertEquals("白山", placeOfTheSigning(gathering, "2031-04-10"));
        String region = "青河香港深化合作\n本报讯 上周,青河市经贸代表团一行到访香港,与香港工商界人士座谈交流,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n青河是一座港口城市。\n据了解,青河市政府与香港特区政府签署了《青河香港经贸合作备忘录》。";
        assertEquals("香港", placeOfTheSigning(region, "2031-04-10"));
        // a trip to several places, a signing of another day, or one made by video: the lead's trip places none of them
        String several = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市、红岩市和绿洲市,与当地商会座谈,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n据了解,青河市政府与白山市政府签署了共建物流园区的合作协议。";
        assertNull(placeOfTheSigning(several, "2031-04-10"));
        String earlier = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市,双方交流了意见,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n2019年5月,青河市政府与白山市政府签署了共建物流园区的合作协议。";
        assertNull(placeOfTheSigning(earlier, "2031-04-10"));
        String remote = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市,双方交流了意见,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n此后,两市通过视频方式签署了合作意向书。";
        List<Event> made = signings(run(remote, "2031-04-10"));
        assertEquals(1, made.size());
        assertNull(made.get(0).location());
    }

    @Test
    void theLeadsTripPlacesNoSigningBetweenTwoOtherPlaces() {
        String text = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市,与白山市商会座谈,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n青河是一座港口城市。\n据了解,红岩市政府与绿洲市政府签署了共建物流园区的合作意向书。";
        assertNull(placeOfTheSigning(text, "2031-04-10"));
    }

    @Test
    void theLeadsTripPlacesASigningOfTheVisitorsSideToldCloseAfterIt() {
        String text = "本报讯 日前,青河市副市长王小明率代表团访问了友城白山市,在此期间举行的经贸洽谈会上,青河市有三个项目签约。"
                + "\n据悉,青河此次签约的项目包括:红岩区政府与绿洲贸易公司签署了合作意向书。";
        assertEquals("白山", placeOfTheSigning(text, "2031-04-10"));
        String far = "本报讯 日前,青河市副市长王小明率代表团访问了友城白山市,在此期间举行的经贸洽谈会上,青河市有三个项目签约。"
                + "\n青河是一座港口城市。\n青河的港口很大。\n青河的工业发达。"
                + "\n据悉,青河此次签约的项目包括:红岩区政府与绿洲贸易公司签署了合作意向书。";
        assertNull(placeOfTheSigning(far, "2031-04-10"));
    }

    @Test
    void aLeadTripGoingOnToASecondPlaceIsNoTripToOnePlace() {
        String on = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市,随后前往德国红岩市,与当地商会座谈,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n青河是一座港口城市。\n据了解,青河市政府与白山市政府签署了共建物流园区的合作协议。";
        assertNull(placeOfTheSigning(on, "2031-04-10"));
        String listed = "青河代表团出访\n本报讯 日前,青河市经贸代表团一行访问了白山市、红岩市,与当地商会座谈,双方就经贸、文化和教育等领域的合作交换了意见。"
                + "\n青河是一座港口城市。\n据了解,青河市政府与白山市政府签署了共建物流园区的合作协议。";
        assertNull(placeOfTheSigning(listed, "2031-04-10"));
    }

    @Test
    void aReceivingSetAtAnotherPlaceDoesNotCarryTheVisitOn() {
        String text = "法国南特市副市长杜蓬本周率代表团来兰州考察。省长王明在北京会见了杜蓬一行。两市随后签订了结好意向书。";
        org.junit.jupiter.api.Assertions.assertNotEquals("兰州", signings(run(text, "2031-06-02")).get(0).location());
    }
}

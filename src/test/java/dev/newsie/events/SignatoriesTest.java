package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who signed, and who did not (made-up reports). */
class SignatoriesTest {
    /** The signatories of the first signing read from a made-up report published on {@code published}. */
    private static List<String> signersOfTheFirst(String text, String published) {
        return signings(run(text, published)).get(0).signatories();
    }

    @Test
    void aSecondVerbWithoutADocumentNamesWhoSignedTheFirst() {
        Event e = signings(run("花莲县与日本宫崎市今天签署姊妹市协定，由县长王志明与宫崎市长田中一郎代表签署。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        Event f = signings(run("花莲县与日本宫崎市今天正式缔结姊妹市，花莲县长王志明与宫崎市长田中一郎共同签署盟约。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), f.signatories());
    }

    @Test
    void everyoneInsideAWitnessFrameRunningOverCommasOnlyWatches() {
        String text = "宝山乡长王一明率团访问日本白石町,5日在驻大阪办事处处长李大同、白石町议长田中次郎,以及数十名町民见证下,"
                + "宝山乡与白石町签署友好交流协定。";
        Event e = signings(run(text, "2022-03-06")).get(0);
        assertTrue(e.signatories() == null || (!e.signatories().contains("李大同") && !e.signatories().contains("田中次郎")), e.toString());
    }

    @Test
    void aPhotosMarkOfWhereEachSignerStandsBelongsToHisName() {
        Event e = signings(run("宝山乡长王一明(左)与日本北海道白石町长田中一郎(右)签署友好交流协定。", "2022-03-09")).get(0);
        assertEquals(java.util.Set.of("宝山乡", "白石町"), java.util.Set.copyOf(e.parties()));
        assertEquals(List.of("王一明", "田中一郎"), e.signatories());
        Event f = signings(run("宝山乡长王一明（右）今天与日本福冈县白石市市长田中一郎（左二）正式签署交流合作协定。", "2022-03-09")).get(0);
        assertEquals(List.of("王一明", "田中一郎"), f.signatories());
    }

    @Test
    void aReporterNamedInTheDatelineIsNoSignatory() {
        String text = "(本报记者李小明台中14日电)台中市代表今天与日本新潟市代表签署姊妹市协定。";
        for (Event e : signings(run(text, "2025-03-14"))) {
            assertTrue(e.signatories() == null || !e.signatories().contains("李小明"), e.toString());
        }
    }

    // round 9 of issue 9: error classes recurring across the probe pool (made-up sentences)

    @Test
    void everyoneListedAfter由WhoSignsJointlySigns() {
        String text = "新竹县宝山乡与台东县鹿野乡今天上午在鹿野乡公所举行姐妹乡缔盟签约典礼,由宝山乡长王一明、鹿野乡长李二华、宝山乡民代表会主席张三丰、鹿野乡民代表会主席陈四海共同签署协议并互换纪念品。";
        assertEquals(List.of("王一明", "李二华", "张三丰", "陈四海"), signersOfTheFirst(text, "2025-03-07"));
    }

    @Test
    void theHeadWhoAttendedAndThenSignedWithTheOtherSideSigns() {
        String text = "嘉义市今(16)日正式与日本富山市缔结友谊市,嘉义市长王大明亲自出席典礼,并与日本富山市长森田一郎签下友谊市协定。";
        Event e = signings(run(text, "2025-05-16")).get(0);
        assertEquals(java.util.Set.of("王大明", "森田一郎"), java.util.Set.copyOf(e.signatories()));
    }

    @Test
    void theHeadsOfTheTwoSidesAreTheMayorsTheReportNames() {
        String text = "5日,江苏省常州市与日本鹤冈市通过视频,纪念结好25周年。仪式上,两市市长签署了“友好交流深化备忘录”。"
                + "鹤冈市市长佐藤次郎说,两市情谊深厚。常州市市长王五一表示,常州愿拓展合作。";
        Event e = signings(run(text, "2024-10-05")).get(0);
        assertEquals(java.util.Set.of("王五一", "佐藤次郎"), java.util.Set.copyOf(e.signatories()));
    }

    @Test
    void thoseWhoseClauseWitnessesTheSigningAreNoSigners() {
        String text = "青岛与釜山两市签署三份合作协议。釜山市长金正浩昨天在市厅迎接青岛市市长周志明一行,"
                + "两人随后一同见证两市经贸合作协议签署。";
        assertEquals(null, signings(run(text, "2025-08-08")).get(0).signatories());
        String guest = "新北市与圣文森特和格林纳丁斯金斯敦市21日缔结姊妹市。新北市长王大明致词时说,感谢该国总理张德华亲自到场见证两市缔结姊妹市。";
        assertEquals(null, signings(run(guest, "2025-08-22")).get(0).signatories());
    }

    @Test
    void thoseTheSigningIsDoneByAfterYouAreItsSignersEvenByTitleAlone() {
        Event e = theOneSigning("标题\n北海道旭川市和台东县成功镇5日由市长佐藤一郎和镇长林志强视讯签署观光交流协定。", "2024-05-11");
        assertEquals(List.of("佐藤一郎", "林志强"), e.signatories());
    }

    @Test
    void theHeadsWhoAttendTheSigningCeremonyAreNotItsSigners() {
        String text = "标题\n9月3日,衡阳市和无锡市锡山区正式签署缔结友好城市协议书。无锡市市长王东、衡阳市市长刘军以及衡阳市政协主席陈平一同出席签约仪式。";
        Event e = theOneSigning(text, null);
        assertEquals(null, e.signatories(), e.toString());
    }

    @Test
    void thePersonWhoRepresentsASideBefore与SignsForIt() {
        String text = "受行政长官委托,文化司司长周立群代表澳门特别行政区政府与帕拉市议会市长山田一郎在帕拉市签署谅解备忘录。";
        Event e = theOneSigning(text, "2024-05-26");
        assertTrue(e.signatories() != null && e.signatories().containsAll(List.of("周立群", "山田一郎")), e.toString());
        Event f = theOneSigning("副市长陈志远代表嘉义市与日本汤泽市签署友好交流协定。", "2024-05-26");
        assertEquals(List.of("陈志远"), f.signatories());
    }

    @Test
    void twoHeadsOfPlaceWhoSignAloneSignForThePlacesTheyHead() {
        List<Event> ss = signings(run("两市深化交流\n5月7日,烟台市市长周立新会见了日本别府市市长山田太郎一行。"
                + "会见后,周立新与山田太郎签署了经贸交流合作备忘录。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(java.util.Set.of("烟台", "别府"), java.util.Set.copyOf(ss.get(0).parties()));
        assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void aHostWithPlaceAndTitleAndAGuestNamedBareSignForThePlacesTheyHead() {
        List<Event> ss = signings(run("两市深化交流\n5月7日,日本别府市市长山田太郎率代表团访问烟台,"
                + "烟台市市长周立新与山田太郎共同签署了经贸交流合作备忘录。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(java.util.Set.of("烟台", "别府"), java.util.Set.copyOf(ss.get(0).parties()));
        assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories());
    }

    // round 27 of issue 9: signings during visits and video meetings (made-up sentences)

    @Test
    void thoseWhoAttendAMeetingAndGoOnToSignJointlyAreItsSigners() {
        String text = "烟台与巴西卡尔米市签订友好往来意向书\n15日上午,市长王大明、巴西卡尔米市市长佩德罗·席尔瓦一同出席线上会见并共同签订两市友好往来意向书。";
        Event e = theOneSigning(text, "2024-03-15");
        assertEquals(java.util.Set.of("王大明", "佩德罗·席尔瓦"), java.util.Set.copyOf(e.signatories()), e.toString());
    }

    @Test
    void theHostWhoMeetsAGuestAndThenSignsWithHimSignsToo() {
        String text = "烟台与卡尔米签订经贸往来备忘录\n昨日,副市长王大明会见智利卡尔米市市长佩德罗·席尔瓦,并与佩德罗·席尔瓦共同签订了经贸往来备忘录。";
        Event e = theOneSigning(text, "2024-03-15");
        assertEquals(java.util.Set.of("王大明", "佩德罗·席尔瓦"), java.util.Set.copyOf(e.signatories()), e.toString());
    }

    // round 30 of issue 9: signers of the pool pages' constructions (made-up sentences)

    @Test
    void theHostAndTheGuestWhoMetAndThenSignedEachForASideSign() {
        Event e = signings(run("烟台市长会见客人\n5月8日,烟台市市长王明会见俄罗斯卡尔米市市长伊万诺夫,并分别代表双方签署友好城市协议书。", "2024-05-08")).get(0);
        assertEquals(List.of("王明", "伊万诺夫"), e.signatories());
    }

    @Test
    void twoPeopleNamedAsTheVerbsWholeSubjectSign() {
        Event e = signings(run("襄阳与卡尔米签署协议\n5月8日,襄阳市市长王明与俄罗斯卡尔米市市长伊万诺夫在襄阳会面。仪式上,王明与伊万诺夫共同签署《襄阳市与卡尔米市友好交流协议书》。",
                "2024-05-08")).get(0);
        assertEquals(List.of("王明", "伊万诺夫"), e.signatories());
    }

    @Test
    void headsWhoWitnessTheirSidesSigningAreNoSignatories() {
        String text = "新竹市长赵文德和宁波市长孙立国也见证双方签署环保及青年交流合作备忘录。";
        Event e = theOneSigning(text, "2031-05-02");
        assertEquals(java.util.Set.of("新竹", "宁波"), partiesOf(e));
        assertEquals(null, e.signatories());
        String caption = "左起宁波市长孙立国、新竹市长赵文德见证两市论坛签署合作备忘录。";
        List<Event> fs = signings(run(caption, "2031-05-02"));
        assertTrue(!fs.isEmpty(), "the caption tells a signing");
        for (Event f : fs) {
            assertEquals(null, f.signatories(), f.toString());
        }
    }

    @Test
    void everyVerbOfReceivingAGuestInTheMeetingListMakesHostAndGuestSignEachForASide() {
        for (String verb : RoleWords.MEETING_VERBS.words("RECEIVE")) {
            Event e = signings(run("烟台市长会见客人\n5月8日,烟台市市长王明" + verb + "俄罗斯卡尔米市市长伊万诺夫,并分别代表双方签署友好城市协议书。",
                    "2024-05-08")).get(0);
            assertEquals(List.of("王明", "伊万诺夫"), e.signatories(), verb);
        }
    }

    @Test
    void thoseNamedInASpeakersWordsAboutTheSigningAreNotItsSigners() {
        String commented = "临海市与日本松江市今天签署友好交流备忘录。松江市副市长田中一郎指出,由于市长佐藤次郎出访,"
                + "由他代表市长与临海市代表团会面,并对双方签署备忘录表示肯定。";
        Event e = signings(run(commented, "2024-06-02")).get(0);
        assertTrue(e.signatories() == null || !e.signatories().contains("佐藤次郎"), e.toString());
        Event f = signings(run("临江市与波兰卡托市今天缔结友好城市关系。临江市长周文强调:感谢卡托市长诺瓦克先生代表卡托市与临江市签署协议。",
                "2024-06-02")).get(0);
        assertTrue(f.signatories() == null, f.toString());
        Event g = signings(run("青川县与阿根廷圣马丁市今日缔结姊妹市。县长林国华说,感谢圣马丁市长罗德里格斯代表该市与青川县签约。",
                "2024-06-02")).get(0);
        assertTrue(g.signatories() == null || !g.signatories().contains("罗德里格斯"), g.toString());
    }

    @Test
    void aSpeakerAfterTheSigningLeavesItsSignersRead() {
        Event e = signings(run("宝山市长王大明代表宝山市与新潟市长田中一郎签署友好交流备忘录,王大明表示,两市合作前景广阔。", "2024-06-02")).get(0);
        assertEquals(List.of("王大明", "田中一郎"), e.signatories());
    }

    @Test
    void aGlossInBracketsIsReadWithTheClauseAroundIt() {
        String dateline = "扬州日报讯(通讯员 赵小明)扬州市和巴西库里蒂巴市的友好交流备忘录3月4日由两市代表签署,两市由此结为友城。";
        for (Event e : signings(run(dateline, "2024-03-05"))) {
            assertTrue(e.signatories() == null || !e.signatories().contains("赵小明"), e.toString());
        }
        String welcomed = "河源县与智利拉塞雷纳市今日缔结姊妹市,河源县长吴志明在致词时对拉塞雷纳市长冈萨雷斯先生(Mayor Luis Gonzalez)"
                + "专程前来见证表达欢迎,这也是河源县第一个缔结姊妹市的签约式。";
        Event w = signings(run(welcomed, "2024-03-05")).get(0);
        assertTrue(w.signatories() == null, w.toString());
    }

    // round 60: signers named after the signing, each for his own side, with their titles (made-up reports)

    @Test
    void threeTitledSignersEachForHisOwnSideTwoSentencesOnSignTheThreeSidedDocument() {
        String text = "9月3日,宝山区、江西省赣州市与越南岘港市签署三方合作协议。按照约定,三地将加强人员往来。"
                + "宝山区区长王一明,赣州市市长李二华,岘港市市长阮文山分别代表各自一方在合作文本上签字。";
        assertEquals(List.of("王一明", "李二华", "阮文山"), signersOfTheFirst(text, "2025-09-04"));
    }

    @Test
    void twoTitledSignersJoinedBy与InTheNextSentenceSignForBothSides() {
        String text = "宝山区与江西省赣州市今天签订友好交流意向书。宝山区区长王一明与赣州市市长李二华分别代表各自一方在意向书上签字。";
        assertEquals(List.of("王一明", "李二华"), signersOfTheFirst(text, "2025-09-04"));
    }

    @Test
    void twoTitledSignersListedWithACommaOfEnumerationSignAfterTheDocumentsAims() {
        String text = "宝山区与江西省赣州市今天签署友好交流协议。两地今后将互派干部挂职。"
                + "宝山区区长王一明、赣州市副市长李二华分别代表两地在文本上签字。";
        assertEquals(List.of("王一明", "李二华"), signersOfTheFirst(text, "2025-09-04"));
    }
}

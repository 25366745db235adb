package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lines for outlets named in title marks and on a source line of their own. */
class MediaNamesTest {
    private static List<String> names(String text) {
        return MediaNames.recognize(text, SURNAMES).stream().map(Candidate::name).toList();
    }

    @Test
    void newspaperInTitleMarksIsAnOutlet() {
        assertEquals(List.of("青河侨报"), names("据智利《青河侨报》报道,聚会在圣地亚哥举行。"));
    }

    @Test
    void aSlashedBylineIsReadOnItsOwnLineAfterOtherLines() {
        // the reading scans only the lines holding 记者, each as if the whole page were scanned
        assertEquals(List.of("青河派"), names("两市合作。\n记者节前夕\n文/青河派记者 张一\n"));
        assertEquals(List.of("青河日报", "汇流点"), names("青河市持续推动交流。\n\n青河日报·汇流点记者 李三"));
    }

    @Test
    void outletAfterASlashOrInterpunctInAByline() {
        assertEquals(List.of("青河派"), names("文/青河派记者 张一\n\n青河市持续推动交流。"));
        assertEquals(List.of("青河晚报", "白沙新闻"), names("交流活动圆满结束。青河晚报\\/白沙新闻记者 王二\n"));
        assertEquals(List.of("青河日报", "汇流点"), names("青河日报·汇流点记者 李三\n"));
        assertEquals(List.of(), names("文/本报记者 张一\n"));
        // a contributor's or trainee's credit names no outlet
        assertEquals(List.of(), names("文/通讯员记者 张一\n"));
        assertEquals(List.of(), names("文/特约记者 张一\n"));
    }

    @Test
    void outletBeforeItsReportersRoleAndASlash() {
        assertEquals(List.of("澄江台"), names("双方还将互派交换学生。 澄江台记者/刘甲、陈乙 柳港报导\n"));
        assertEquals(List.of(), names("两市将继续合作。 摄影记者/张一\n"));
        assertEquals(List.of(), names("两市将继续合作。本报记者/张一\n"));
        // a word of where the reporter stood or went is the role's, no outlet
        assertEquals(List.of(), names("两市将继续合作。 随行记者/张一\n"));
        assertEquals(List.of(), names("前方记者/张一 白沙报导\n"));
    }

    @Test
    void outletOpeningAMarkedBylineWithTheReportersPlace() {
        assertEquals(List.of("星光新闻"), names("星光新闻|记者王大明/嘉义报导\n嘉义市与河谷镇签署协定。"));
        assertEquals(List.of("海峡新闻"), names("海峡新闻-李小华/福州\n两市签署友好城市协议书。"));
        assertEquals(List.of("岛屿新闻"), names("岛屿新闻─林志明/屏东\n"));
        assertEquals(List.of("云端之声"), names("云端之声／记者张美玲／台东报导\n"));
        // a paper's desk ends in no outlet's head; the writer's own paper is no outlet either
        assertEquals(List.of(), names("要闻中心／王小明报导\n"));
        assertEquals(List.of(), names("专题中心／台东报导\n"));
        assertEquals(List.of(), names("本报新闻-李小华/福州\n"));
        // mid-sentence the marks set nothing off
        assertEquals(List.of(), names("他说海峡新闻-李小华/福州的稿件很好。\n"));
    }

    @Test
    void publicationInTitleMarksWhoseReporterIsCredited() {
        assertEquals(List.of("澄江新闻"), names("文 《澄江新闻》全媒体记者 刘甲\n"));
        assertEquals(List.of(), names("活动由《澄江新闻》全程直播。记者刘甲\n"));
    }

    @Test
    void latinOutletBeforeItsReporterInBrackets() {
        assertEquals(List.of("CJTV"), names("【CJTV 刘甲报导】两地合作备忘录昨日续签。"));
        assertEquals(List.of(), names("【柳港 刘甲报导】两地合作备忘录昨日续签。"));
    }

    @Test
    void bookOrReportInTitleMarksIsNone() {
        assertEquals(List.of(), names("会上发布了《青河发展报告》和《友城故事》。"));
    }

    @Test
    void sourceLineOfAnOutletAloneIsAnOutlet() {
        assertEquals(List.of("青河新闻网"), names("日期:2024-01-02\n\n青河新闻网\n\n青河市持续推动交流。青河新闻网报道。"));
    }

    @Test
    void creditedSourceIsTakenWholeWithItsPlaceWord() {
        assertEquals(List.of("多彩青河网"), names("时间:2024-01-02 来源:多彩青河网\n\n青河市持续推动交流。"));
    }

    @Test
    void aMediaCentreOrACitysPortalIsAnOutletToo() {
        assertEquals(List.of("青河市新闻传媒中心"), names("时间:2024-01-02\n来源:青河市新闻传媒中心\n\n青河市持续推动交流。"));
        assertEquals(List.of("白沙信息港"), names("标题\n\n白沙信息港讯 记者王一 日前,白沙市举行交流会。"));
    }

    @Test
    void aSourceCreditSetOffByTheNextFieldIsAnOutletWhateverItEndsIn() {
        assertEquals(List.of("青河视界"), names("2024-01-02 08:00 来源: 青河视界 作者: 王一\n\n青河市持续推动交流。"));
        assertEquals(List.of(), names("2024-01-02 08:00 来源: 市政府外办 作者: 王一\n\n青河市持续推动交流。"));
    }

    @Test
    void aSourceCreditEndingItsLineIsAnOutletWhateverItEndsIn() {
        assertEquals(List.of("青河视点"), names("2024-01-02\n来源:青河视点\n\n青河市持续推动交流。"));
        assertEquals(List.of("白沙财经周讯"), names("2024-01-02\n来源: 白沙财经周讯 \n\n青河市持续推动交流。"));
        assertEquals(List.of("青河30分钟报道"), names("来源:青河30分钟报道\n\n青河市持续推动交流。"));
        assertEquals(List.of(), names("来源:综合自网络报道\n\n青河市持续推动交流。"));
    }

    @Test
    void theWebAtLargeCreditedAsASourceIsNoOutlet() {
        assertEquals(List.of(), names("来源:互联网 编辑:张三\n\n青河市持续推动交流。"));
        assertEquals(List.of(), names("来源:综合 作者:李四\n\n青河市持续推动交流。"));
    }

    @Test
    void aBodyCreditedAsTheSourceBeforeAnotherFieldIsNoOutlet() {
        assertEquals(List.of(), names("来源: 青河市外事办公室 编辑: 王一\n\n青河市持续推动交流。"));
        assertEquals(List.of(), names("来源: 青河友好协会 责任编辑: 王一\n\n青河市持续推动交流。"));
        assertEquals(List.of("青河日报"), names("来源: 青河日报 责编: 王一\n\n青河市持续推动交流。").stream().distinct().toList());
    }

    @Test
    void theLongerOfTwoHeadsThatOpenAlikeEndsTheOutlet() {
        assertEquals(List.of("青河传媒中心"), names("青河传媒中心3月2日讯 日前,青河市举行交流会。"));
    }

    @Test
    void creditedSourceThatIsNoOutletIsNone() {
        assertEquals(List.of(), names("来源:市政府外办\n\n青河市持续推动交流。"));
    }

    @Test
    void datelineOpeningAParagraphNamesItsOutlet() {
        assertEquals(List.of("青河网"), names("标题\n\n青河网西安3月2日讯 日前,青河市举行交流会。"));
        assertEquals(List.of("青河新闻客户端"), names("青河新闻客户端讯 日前,青河市举行交流会。"));
    }

    @Test
    void twoOutletsCreditedTogetherAreTwoNames() {
        assertEquals(List.of("青河新闻网", "青河日报"), names("青河新闻网—青河日报讯(记者王明)昨日,交流会举行。"));
        assertEquals(List.of("青河网", "青河日报"), names("来源:青河网-青河日报  责编:李明"));
    }

    @Test
    void twoOutletsListedOrJoinedByAnInterpunctInACreditOrDatelineAreTwoNames() {
        assertEquals(List.of("松江客户端", "白沙网"), names("松江客户端、白沙网5月3日消息(记者 王明)昨日,交流会举行。"));
        assertEquals(List.of("青河日报融媒体中心", "白沙网"), names("来源:青河日报融媒体中心·白沙网\n\n交流会举行。"));
        assertEquals(List.of("蓝湾融媒体中心", "蓝湾在线"), names("蓝湾融媒体中心·蓝湾在线9月2日讯(记者 李红)昨日,交流会举行。"));
        assertEquals(List.of("东岭晚报", "东岭新闻网"), names("转载:东岭晚报、东岭新闻网\n"));
        // mid-sentence the marks list outlets without crediting them
        assertEquals(List.of(), names("他说松江客户端、白沙网都报道了交流会。"));
    }

    @Test
    void twoOutletsJoinedInABylinesBracketAreTwoNames() {
        assertEquals(List.of("青河观察", "白沙日报"), names("本报讯(青河观察—白沙日报记者 王明)昨日,交流会举行。"));
        assertEquals(List.of("蓝湾观察", "蓝湾晚报"), names("交流会圆满结束。(蓝湾观察·蓝湾晚报全媒体记者 李红)"));
        // places listed before the reporters name no outlet
        assertEquals(List.of(), names("交流会圆满结束。(青河、白沙两市记者 王明)"));
    }

    @Test
    void twoOutletsTheGazetteerKnowsCreditedTogetherAreTwoNames() {
        // the gazetteer reads each outlet with the places; the credited pair is still two outlets, no one name over both
        java.util.Set<String> k = MadeUpSentences.entityKeys("烟台与松本交流\n\n来源:人民网-人民日报    编审: 张三\n\n烟台市长会见松本市代表团。");
        assertTrue(k.contains("ORGANIZATION 人民网") && k.contains("ORGANIZATION 人民日报"), k.toString());
        assertFalse(k.contains("ORGANIZATION 人民网-人民日报"), k.toString());
    }

    @Test
    void bracketedCreditOfAReporterOrEditorNamesItsOutlet() {
        assertEquals(List.of("青河融媒"), names("交流会圆满结束。(青河融媒记者:王明)"));
        assertEquals(List.of("青河新闻"), names("交流会圆满结束。(青河新闻编辑李红)"));
    }

    @Test
    void aReportersKindOrPostingAndADatelineStayOutOfTheCreditedOutlet() {
        assertEquals(List.of("青河日报"), names("交流会圆满结束。(青河日报特派记者 王明)"));
        assertEquals(List.of("青河日报"), names("交流会圆满结束。(青河日报驻松本记者 王明)"));
        assertEquals(List.of(), names("交流会圆满结束。(青河社松本电 记者 王明)"));
        assertEquals(List.of(), names("交流会圆满结束。(本报记者 王明)(责任编辑:李红)"));
    }

    @Test
    void aReprintCreditNamesItsOutlet() {
        assertEquals(List.of("青河发布"), names("摄影:王明\n转载:青河发布\n"));
        assertEquals(List.of("青河发布"), names("交流会圆满结束。\n(以上图文转自青河发布)"));
        assertEquals(List.of(), names("未经许可,不得转载、摘编。转载请注明出处。"));
    }

    @Test
    void bracketedBylineNamesItsOutlet() {
        assertEquals(List.of("青河传媒"), names("【青河传媒／记者 王明／青河市 报导】交流会举行。"));
        assertEquals(List.of("青河网"), names("【青河网王明青河报导】交流会举行。"));
    }

    @Test
    void reportAttributedToAQuotedOutletNamesIt() {
        assertEquals(List.of("青河时报"), names("据台湾“青河时报”报道,交流会举行。"));
    }

    @Test
    void theWritersOwnPaperIsNoName() {
        assertEquals(List.of(), names("本报讯(记者王明)昨日,交流会举行。\n该报记者随团采访。"));
    }

    @Test
    void creditedSourceEndsAtASpace() {
        assertEquals(List.of("青河在线"), names("消息来源:青河在线 青河市与某市签署协议"));
    }

    @Test
    void aPapersAppIsNamedForThePaper() {
        assertEquals(List.of("青河日报", "青河新闻客户端"), names("青河日报客户端讯 交流会举行。\n青河新闻客户端讯 交流会举行。"));
    }

    @Test
    void oneReadingOverTwoCreditedOutletsGivesWay() {
        List<Candidate> outlets = MediaNames.recognize("来源:青河网-青河日报 ", SURNAMES);
        Candidate joined = new Candidate(3, 11, dev.newsie.model.EntityType.ORGANIZATION, "青河网-青河日报", null, Candidate.Source.PATTERN);
        assertEquals(true, MediaNames.joinsOutlets(joined, outlets));
        assertEquals(false, MediaNames.joinsOutlets(outlets.get(0), outlets));
    }

    @Test
    void aListClosedByMediaListsOutletsWhateverTheirNames() {
        assertEquals(List.of("青河网", "青河电视台", "青河晚报", "某省对外"),
                names("活动期间,视频分别在青河网、青河电视台、《青河晚报》、某省对外等主流媒体播出。").stream().distinct().toList());
    }

    @Test
    void aListThatOpensWithAClauseKeepsItsOtherItems() {
        assertEquals(List.of("青河卫视", "青河之声"), names("消息在我市、青河卫视、青河之声等媒体发布。"));
    }

    @Test
    void anOutletCreditedBeforeABracketedDateOrWithItsNewsOpensTheReport() {
        assertEquals(List.of("青河联网", "青河联网"), names("青河联网消息:两市代表团会谈。\n来源:青河联网(2020.05.01)"));
    }

    @Test
    void aBracketedDatelineNamesItsOutletWhateverItsNameEndsIn() {
        assertTrue(names("【华光纪元9月14日讯】(华光纪元记者周某某佛市报导)九月十二日举行交接典礼。").contains("华光纪元"));
        assertTrue(names("【华光纪元2011年04月21日讯】(华光纪元记者陈某某报导)").contains("华光纪元"));
    }

    @Test
    void aBracketedDatelineBeforeReportedOrCabledNamesItsOutletToo() {
        assertTrue(names("【华光纪元6月5日报导】(某某社记者张某某台北5日电)两市签署备忘录。").contains("华光纪元"));
        assertTrue(names("【华光纪元2011年4月2日电】两市代表出席。").contains("华光纪元"));
    }

    @Test
    void aBracketedDatelineOfAnAgencyAndItsPlaceNamesTheAgencyOnly() {
        List<String> n = names("【青河通讯社北京9月14日讯】两市代表出席。");
        assertFalse(n.contains("青河通讯社北京"), n.toString());
    }

    @Test
    void aBracketedDatelineNamingOnlyAPlaceNamesNoOutlet() {
        java.util.Set<String> e = MadeUpSentences.entityKeys("【厦门9月14日讯】两市代表出席论坛。");
        assertFalse(e.contains("ORGANIZATION 厦门"), e.toString());
    }

    @Test
    void aReadingSpanningExactlyAFoundPlaceIsNoOutlet() {
        String text = "【厦门9月14日讯】两市代表出席论坛。";
        Candidate place = new Candidate(1, 3, dev.newsie.model.EntityType.CITY, "厦门", "中国", Candidate.Source.GAZETTEER);
        assertTrue(MediaNames.recognize(text, List.of(place), SURNAMES).stream().noneMatch(c -> c.name().equals("厦门")));
    }

    @Test
    void aSectionCreditedAfterItsOutletIsNoOutlet() {
        assertEquals(List.of("青河网", "青河网"), names("2024年1月2日 来源:青河网-白山频道\n\n青河市持续推动交流。"));
    }

    @Test
    void aReadingOverAnOutletAndItsSectionNamesTheOutlet() {
        Candidate outlet = new Candidate(0, 3, dev.newsie.model.EntityType.ORGANIZATION, "青河网", null, Candidate.Source.PATTERN);
        Candidate run = new Candidate(0, 7, dev.newsie.model.EntityType.ORGANIZATION, "青河网白山新闻", null, Candidate.Source.PATTERN);
        assertEquals("青河网", MediaNames.withoutSection(run, List.of(outlet), "青河网白山新闻").name());
        Candidate latin = new Candidate(5, 19, dev.newsie.model.EntityType.ORGANIZATION, "QingheNews房产新闻", null, Candidate.Source.PATTERN);
        assertEquals("QingheNews", MediaNames.withoutSection(latin, List.of(), "两市签约。QingheNews房产新闻").name());
        Candidate paper = new Candidate(0, 5, dev.newsie.model.EntityType.ORGANIZATION, "青河晚报社", null, Candidate.Source.PATTERN);
        assertEquals("青河晚报社", MediaNames.withoutSection(paper, List.of(outlet), "青河晚报社").name());
    }

    @Test
    void aLatinNameBeforeASectionIsAnOutletOnlyWhereAnOutletStands() {
        String dated = "QingheNews房产新闻5月1日电 两市签署协议。";
        Candidate run = new Candidate(0, 14, dev.newsie.model.EntityType.ORGANIZATION, "QingheNews房产新闻", null, Candidate.Source.PATTERN);
        assertEquals("QingheNews", MediaNames.withoutSection(run, List.of(), dated).name());
        String header = "两市市长会晤。 QingheNews房产新闻 区域";
        Candidate head = new Candidate(8, 22, dev.newsie.model.EntityType.ORGANIZATION, "QingheNews房产新闻", null, Candidate.Source.PATTERN);
        assertEquals("QingheNews", MediaNames.withoutSection(head, List.of(), header).name());
        String app = "市民可通过青河BaishanApp房产新闻栏目查询。";
        Candidate other = new Candidate(7, 21, dev.newsie.model.EntityType.ORGANIZATION, "BaishanApp房产新闻", null, Candidate.Source.PATTERN);
        assertEquals("BaishanApp房产新闻", MediaNames.withoutSection(other, List.of(), app).name());
    }

    @Test
    void aDatelineOfANameAndXunBeforeTheDateOrACreditNamesItsOutletWhateverItEndsIn() {
        assertEquals(List.of("青河观察"), names("两市结好\n\n青河观察讯 3月2日,白山市与青河市签署协议。"));
        assertEquals(List.of("云岭瞭望"), names("云岭瞭望讯(记者 王明 通讯员 李华)日前,两市举行会谈。"));
        assertEquals(List.of("东江视点"), names("东江视点讯 2031年5月1日,两省代表出席仪式。"));
    }

    @Test
    void theWritersOwnPaperOrAKindOfNewsItemBeforeXunIsNoOutlet() {
        assertEquals(List.of(), names("本报讯(记者 王明)日前,两市举行会谈。"));
        assertEquals(List.of(), names("喜讯 3月2日,白山市获评先进。"));
        assertEquals(List.of(), names("青河观察讯息传来,两市举行会谈。"));
    }

    @Test
    void aDatelineWithAnOutletsHeadIsReadOnce() {
        assertEquals(List.of("青河日报"), names("青河日报讯 3月2日,两市举行会谈。"));
    }

    @Test
    void outletBesideThePagesTimestampOnItsDateline() {
        assertEquals(List.of("澄江新闻网"), names("两市结好\n澄江新闻网 | 2031-07-08 16:40:02\n青河市代表团到访。"));
        assertEquals(List.of("白沙晨报"), names("两市结好\n白沙晨报 编辑丙 2031/7/8 16:40\n青河市代表团到访。"));
        assertEquals(List.of("柳港都市报"), names("两市结好\n2031.07.08 16:40   柳港都市报\n青河市代表团到访。"));
        assertEquals(List.of("澄江之声"), names("两市结好\n澄江之声2031-07-08 16:40\n青河市代表团到访。"));
    }

    @Test
    void noOutletBesideATimestampWithoutAnOutletsHeadOrInsideALongerRun() {
        assertEquals(List.of(), names("两市结好\n2031-07-08 16:40 青河市外事办公室\n青河市代表团到访。"));
        assertEquals(List.of(), names("两市结好\n2031-07-08 16:40 白沙晨报社区活动侧记\n青河市代表团到访。"));
        assertEquals(List.of(), names("两市结好\n澄江新闻网 2031-07-08\n青河市代表团到访。"));
    }

    @Test
    void aDatelinesNewsBeforeItsReportersBracketedCreditNamesTheOutlet() {
        assertEquals(List.of("澄江网"), names("澄江网青河5月6日消息（记者 张明）青河市与白沙市签约。"));
        assertEquals(List.of("白沙新闻网"), names("白沙新闻网6月1日消息 (通讯员 李华) 青河市代表团抵达。"));
        assertEquals(List.of("柳港电视台"), names("柳港电视台消息:青河市代表团抵达。"));
        // good news reported in a sentence, no dateline
        assertEquals(List.of(), names("青河市传来好消息（图）青河市代表团抵达。"));
    }

    /** Made-up family names for the newsroom and bracketed-credit tests, single and double. */
    private static final java.util.Set<String> SURNAMES = java.util.Set.of("张", "欧阳", "周");

    private static List<String> newsrooms(String text) {
        return MediaNames.newsrooms(text, List.of(), SURNAMES).stream().map(Candidate::name).toList();
    }

    @Test
    void newsroomThatOpensASentenceLearningIsAnOutlet() {
        assertEquals(List.of("晨光快讯"), newsrooms("两市代表团抵达。\n\n晨光快讯在签约现场了解到,双方将互派学生。\n"));
        assertEquals(List.of("青岭周刊"), newsrooms("会谈持续两小时。青岭周刊注意到,两市的学校已开始通信。"));
        assertEquals(List.of("远潮观察"), newsrooms("远潮观察了解到,白湖市将举办友城周。"));
        assertEquals(List.of("潮声晚报"), newsrooms("今年是两市结好十周年。日前,潮声晚报全媒体记者从白湖市外办获得一份邀请函。"));
        // the reporter himself, the writer's own paper, a side, people at large and a person's name learn as readers do
        assertEquals(List.of(), newsrooms("  记者从白湖市外办了解到,两市将互派代表团。"));
        assertEquals(List.of(), newsrooms("本报获悉,双方还将签署协议。中方注意到,两市交流日益密切。人们得知,代表团将到访。"));
        assertEquals(List.of(), newsrooms("两地记者从现场发回报道。张小明在会上获悉了该消息。"));
        // a person's reading over the name keeps it a person's
        assertEquals(List.of(), MediaNames.newsrooms("欧阳明远注意到,会场座无虚席。",
                List.of(new Candidate(0, 4, dev.newsie.model.EntityType.PERSON, "欧阳明远", null, Candidate.Source.PATTERN)), SURNAMES));
    }

    @Test
    void aContributorOpeningABracketedCreditIsNoOutlet() {
        assertEquals(List.of(), names("两市将继续合作。(周雨桐 记者 郑海波)\n"));
        assertEquals(List.of(), names("青河5月3日电 (实习生杜若兰 记者韩卫东)代表团今天抵达。"));
        assertEquals(List.of(), names("两市将继续合作。(通讯员邵立凡 记者郑海波)\n"));
        // an outlet of three characters is written with its head
        assertEquals(List.of("青河报"), names("两市将继续合作。(青河报 记者 郑海波)\n"));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming forums. */
class ForumNamesTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aNameStartsAfterTheVerbBeforeIt() {
        assertEquals(List.of("2024青河国际友城论坛"), found("副市长张明出席2024青河国际友城论坛。"));
    }

    @Test
    void aBracketedPlaceAndAQuotedWordAreInsideTheName() {
        assertEquals(List.of("中国(青河)国际友城大会"), found("8日,中国(青河)国际友城大会开幕。"));
        assertEquals(List.of("第三届“一带一路”城市合作论坛"), found("8日,第三届“一带一路”城市合作论坛开幕。"));
    }

    @Test
    void aCounterpartPairingIsInsideTheName() {
        assertEquals(List.of("青河·白山对口合作交流会"), found("17日上午,青河·白山对口合作交流会在青河举行。"));
    }

    @Test
    void aQuotedWordJoinedBy与OrABlankIsInsideTheName() {
        assertEquals(List.of("紫川友城“海洋与港口”青年论坛"),
                found("紫川友城“海洋与港口”青年论坛于5日在紫川开幕。"));
        assertEquals(List.of("“美丽紫川 携手同行”紫川——金河人文交流会"),
                found("金河市代表团参加了“美丽紫川 携手同行”紫川——金河人文交流会。"));
    }

    @Test
    void aSeriesJoinedIsNamedAfterTheVerbOfJoining() {
        assertEquals(List.of("青河城市论坛"), found("白山市去年加入青河城市论坛。"));
    }

    @Test
    void theSeriesInsideASessionsNameIsNoForumOfItsOwn() {
        assertEquals(List.of("第五届丹江紫川友城论坛全体会议"), found("周四午后,第五届丹江紫川友城论坛全体会议于紫川开幕。"));
        assertEquals(List.of("丹江紫川友城论坛第二届部长级会议"), found("去年秋天,丹江紫川友城论坛第二届部长级会议在丹江闭幕。"));
    }

    @Test
    void aSeriesGlossedInLatinThenItsSessionIsOneName() {
        assertEquals(List.of("2031年青河城市论坛(QCF)第五次全体会议"), found("今天上午,2031年青河城市论坛(QCF)第五次全体会议在白山举行。"));
    }

    @Test
    void aSeriesCharterNamesNoForum() {
        assertTrue(found("根据青河城市论坛章程,白山市长将担任轮值主席。").isEmpty());
    }

    @Test
    void aSubForumIsNoName() {
        assertTrue(found("当天还举行了分论坛。").isEmpty());
    }

    @Test
    void aShortNameInBracketsFollowsTheFullName() {
        String s = "2024青河国际友城论坛(以下简称“青河论坛”)开幕。";
        List<int[]> spans = names.find(s);
        assertEquals(2, spans.size());
        assertTrue(ForumNames.isShortNameAfter(s, spans.get(0), spans.get(1)));
    }

    @Test
    void aKindOfMeetingIsNoProperName() {
        assertFalse(names.properName("视频会议"));
        assertTrue(names.properName("第二次地方领导人会议"));
        assertTrue(names.properName("金砖峰会"));
    }

    @Test
    void aCountOfPartsOrAQuotedSubForumTitleIsNoName() {
        assertTrue(found("论坛设“港口合作”“人才培养”三个平行论坛。").isEmpty());
        assertTrue(found("期间举行的三场专题论坛反响热烈。").isEmpty());
        assertTrue(found("分论坛包括探讨交通的「智慧交通分论坛」。").isEmpty());
    }

    @Test
    void aPlaceAfterTheInterpunctOfAnUnquotedNameIsPartOfIt() {
        assertEquals(List.of("2025世界市长对话·杭州"), found("20日,2025世界市长对话·杭州在杭州举行。"));
        assertEquals(List.of("世界市长对话·青岛"), found("世界市长对话·青岛举行"));
    }

    @Test
    void aShortNameInBracketsAfterAQuotedFullName() {
        String s = "「2025青河国际城市论坛」（以下简称城市论坛）今天登场。";
        List<int[]> spans = names.find(s);
        assertEquals(2, spans.size());
        assertTrue(ForumNames.isShortNameAfter(s, spans.get(0), spans.get(1)));
    }

    @Test
    void wordsOpeningWith和Or对StayInsideTheName() {
        assertEquals(List.of("2025青河国际和平城市论坛"), found("19日,2025青河国际和平城市论坛在青河举行。"));
        assertEquals(List.of("亚洲和谐城市论坛"), found("亚洲和谐城市论坛开幕。"));
    }

    @Test
    void aYearOrOrdinalBeforeAQuotedNameBelongsToIt() {
        assertEquals(List.of("2021年“甲乙两国省市长对话”"), found("5日,由青河市政府主办的2021年“甲乙两国省市长对话”在白山举行。"));
    }

    @Test
    void aQuotedNameJoinedBy暨ToAnotherIsOneCoordinatedName() {
        assertEquals(List.of("“世界市长对话·青河”暨第三届青河国际友城市长论坛"),
                found("“世界市长对话·青河”暨第三届青河国际友城市长论坛于8日举办。"));
    }

    @Test
    void theKeynoteSessionIsAPartOfTheForumNotAForum() {
        assertEquals(List.of(), found("除开幕式和主旨论坛外,还有“甲”“乙”两个平行论坛。"));
    }

    @Test
    void namedSubForumsListedBeforeTheirWordAreNoForums() {
        assertEquals(List.of(), found("开幕式后,还举办了青年创业合作论坛,港口物流发展论坛、乡村旅游合作论坛等平行论坛。"));
    }

    @Test
    void aPointerToTheEditionEndsTheWordsBeforeItAndNamesNothing() {
        assertEquals(List.of(), found("希望借此次大会的召开,推动两地交流。"));
    }

    @Test
    void aForumNameGoingOnIntoTheBodyThatRunsItIsNoForum() {
        assertEquals(List.of("甲乙省长对话会"), found("由甲乙经贸合作论坛(青河)常设秘书处主办的“甲乙省长对话会”在青河举行。"));
    }

    @Test
    void aCouncilsSpeakerAndAHallNameNoMeeting() {
        assertTrue(found("青河市议会议长王明率团出访。").isEmpty(), found("青河市议会议长王明率团出访。").toString());
        assertTrue(found("双方在人民大会堂会谈。").isEmpty(), found("双方在人民大会堂会谈。").toString());
        assertEquals(List.of("青河市友好城市工作会议"), found("青河市友好城市工作会议今天召开。"));
    }

    @Test
    void twoGatheringsJoinedBy暨AreOneName() {
        assertEquals(List.of("2024年度会员大会暨新春联谊会"), found("青河商会今天举行2024年度会员大会暨新春联谊会。"));
        assertEquals(List.of("第三届青河友城论坛暨经贸洽谈会"), found("第三届青河友城论坛暨经贸洽谈会开幕。"));
    }

    @Test
    void aFestivalOrAnExhibitionJoinedBy暨EndsTheName() {
        assertEquals(List.of("第三届青河友城论坛暨民俗文化节"), found("第三届青河友城论坛暨民俗文化节上周末在紫川落幕。"));
        assertEquals(List.of("白山国际友城大会暨茶叶博览会"), found("白山国际友城大会暨茶叶博览会昨日闭幕。"));
        assertEquals(List.of("第二届紫川低碳论坛暨展览"), found("第二届紫川低碳论坛暨展览吸引了四千名观众。"));
        // a ceremony is no occasion of its own kind: the name ends before 暨
        assertEquals(List.of("第二届紫川低碳论坛"), found("第二届紫川低碳论坛暨签约仪式于青河举行。"));
    }

    @Test
    void aFunctionWordEndsTheOccasionJoinedBy暨() {
        assertEquals(List.of("紫川海洋经济论坛暨展览"), found("紫川海洋经济论坛暨展览在会展中心揭幕。"));
    }

    @Test
    void aDemonstrativePointsAtAForumAndNamesNone() {
        assertTrue(found("已有多座城市参加过这一论坛。").isEmpty());
        assertTrue(found("该论坛已成为两地往来的平台。").isEmpty());
    }

    @Test
    void aVerbOfPraiseOrPromotionEndsTheSpeakersClause() {
        assertEquals(List.of("白山大会"), found("与会人士盛赞白山大会令人难忘。"));
    }

    @Test
    void aKindOfMeetingCountedIsNoProperName() {
        assertFalse(names.properName("更多高层次国际会议"));
        assertFalse(names.properName("各类国际论坛"));
        assertTrue(names.properName("第三届青河国际会议"));
    }

    @Test
    void aGatheringNamedOnlyByItsSubjectIsNoProperName() {
        assertFalse(names.properName("友好交流会"));
        assertFalse(names.properName("经贸合作研讨会"));
        assertFalse(names.properName("国际交流对话会"));
        assertTrue(names.properName("青河经贸合作研讨会"));
        assertTrue(names.properName("2024友好交流会"));
        assertTrue(names.properName("全球市长对话会"));
    }

    @Test
    void aStatutorySessionOfAPartyOrLegislatureIsNoForum() {
        assertFalse(names.properName("青河党第四次全国代表大会"));
        assertFalse(names.properName("青河镇人民代表大会"));
        assertFalse(names.properName("青河市第九届人大常委会第十二次会议"));
        assertFalse(names.properName("第一次全体会议"));
        assertTrue(names.properName("第二次青河白山两地领导人会议"));
        assertTrue(names.properName("青河国际友城大会第一次全体会议暨开幕式"));
    }

    @Test
    void anExpoIsNoForum() {
        assertTrue(found("市长前来参加青河博览会。").isEmpty());
    }

    @Test
    void anOrgansSessionNamingNoBodyIsNoForum() {
        assertFalse(names.properName("第五届理事会第二次全体会议"));
        assertFalse(names.properName("执行委员会会议"));
        assertFalse(names.properName("监事年会"));
        // the body named before its organ, or a forum of its own, still names one
        assertTrue(names.properName("青河友城联合会执行委员会会议"));
        assertTrue(names.properName("青河国际友城大会"));
    }

    @Test
    void aCeremonyAloneIsNoForum() {
        assertFalse(names.properName("颁奖大会"));
        assertFalse(names.properName("表彰大会"));
        assertTrue(names.properName("青河国际友城大会"));
    }

    @Test
    void aGatheringThatCelebratesOrMarksAnAnniversaryIsACeremony() {
        assertFalse(names.properName("青河侨节庆祝大会"));
        assertFalse(names.properName("青河白山结好20周年纪念大会"));
        assertTrue(names.properName("青河国际友城大会"));
    }

    @Test
    void anAssemblyMarkingTheYearsOfAPlacesFriendshipCityWorkIsAForum() {
        assertTrue(names.properName("青河友城工作30周年大会"));
        assertTrue(names.properName("白山省国际友好城市交流20周年纪念大会"));
        assertEquals(List.of("纪念青河开展国际友好城市工作30周年大会"),
                found("9日上午，纪念青河开展国际友好城市工作30周年大会在青河国际会议中心举行。"));
    }

    @Test
    void aVenueOfCommemorationBeforeAHoldingVerbIsNoPartOfTheJubileesName() {
        List<String> n = found("9日上午，青河市在纪念馆召开友城工作30周年大会。");
        assertTrue(n.stream().noneMatch(x -> x.contains("纪念馆") || x.contains("召开")), n.toString());
        n = found("白山的纪念友城工作30周年大会今天举行。");
        assertTrue(n.stream().noneMatch(x -> x.contains("的")), n.toString());
    }

    @Test
    void aChamberOfCommerceNamedWithMeetingIsNoForum() {
        assertTrue(found("包括枫川商工会议所、枫川观光协会及在地台商出席观礼。").isEmpty());
        assertEquals(List.of("2024枫川国际友城会议"), found("2024枫川国际友城会议所达成的共识。"));
    }

    @Test
    void howLongAForumLastedIsNoPartOfItsName() {
        assertEquals(List.of(), found("本次为期三天论坛共举行二十场会议。"));
        assertEquals(List.of("第五届青河友城论坛"), found("为期两天的第五届青河友城论坛在青河闭幕。"));
    }

    @Test
    void aForumsAnniversaryMarkedBySomethingElseIsNoForum() {
        assertEquals(List.of(), found("会议期间还举办了青河友城论坛十周年图片展。"));
    }

    @Test
    void theMemberUnitsOfAJointMeetingAreBodies() {
        assertEquals(List.of(), found("青河市文旅联席会议成员单位代表参加。"));
    }

    @Test
    void kindsOfSessionsClosedByTheirCountNameNoForum() {
        assertEquals(List.of(), found("本届大会安排了主旨会议、市长圆桌会、青年交流会等共一百二十场会议。"));
        assertEquals(List.of(), found("本次论坛共举行一百二十场会议。"));
        // the list is read in the stretch between commas that holds it
        assertEquals(List.of("青河友城论坛"), found("青河友城论坛开幕,安排了主旨会议、市长圆桌会、青年交流会等共一百二十场会议。"));
    }

    @Test
    void aThemedForumNamedAfterItsSeriesIsOneName() {
        assertEquals(List.of("东亚发展论坛城市治理主题论坛", "城市治理主题论坛"),
                found("10月8日,东亚发展论坛城市治理主题论坛(以下简称“城市治理主题论坛”)在青岛召开。"));
        assertEquals(List.of("丝路合作论坛港口物流专题论坛"), found("近日,丝路合作论坛港口物流专题论坛在宁波举行。"));
    }

    @Test
    void aGatheringToConferAnHonoraryTitleIsNoForum() {
        assertFalse(names.properName("青岛市授予荣誉市民称号大会"));
        assertFalse(names.properName("第五批荣誉市民授证大会"));
    }

    @Test
    void aForumNameBeforeItsFoundersTitleNamesTheBody() {
        assertTrue(found("达沃斯经济论坛创始人约翰·史密斯等200多位中外嘉宾参加会议。").isEmpty());
    }

    @Test
    void aGatheringWhoseOutcomeIsCarriedOutIsNoNameRunningBackOverTheVerb() {
        assertTrue(found("各方将通过这次会议落实峰会成果。").stream().noneMatch(n -> n.contains("落实")));
        assertTrue(found("各地正在贯彻大会精神。").stream().noneMatch(n -> n.contains("贯彻")));
    }

    @Test
    void aNameEndingIn会议IsOneNameNotAlsoItsPrefixEndingIn会() {
        assertEquals(List.of("2025青河地方政府交流会议"), found("8日,2025青河地方政府交流会议在青河开幕。"));
        assertEquals(List.of("第十届东河城市合作交流会"), found("第十届东河城市合作交流会议程公布。"));
    }

    @Test
    void aQuotedSeriesAndTheSessionAfterItAreOneName() {
        assertEquals(List.of("“青河—南湾经贸合作论坛(青河)”第三届部长级会议"),
                found("上午,“青河—南湾经贸合作论坛(青河)”第三届部长级会议开幕。"));
    }

    @Test
    void aWordOfStandingAloneBeforeTheHeadNamesNoEvent() {
        // 已发展成业界公认的高水平论坛: praise of an event named elsewhere
        assertFalse(names.properName("高水平论坛"));
        assertFalse(names.properName("高规格国际会议"));
        assertTrue(names.properName("烟台高水平开放论坛"));
    }

    @Test
    void aStandingAssemblysChamberOrCommitteeIsNoForum() {
        assertEquals(List.of("青河友城论坛"), found("甲国人民会议代表院议长某某率团出席青河友城论坛。"));
        assertEquals(List.of(), found("甲国协商会议乙市委员会副主任某某会见代表团,双方出席座谈。"));
    }

    @Test
    void aForumHeldInAStandingBodysHallIsStillHeld() {
        assertEquals(List.of("青河友城论坛"), found("青河友城论坛在乙市委员会礼堂举行。"));
    }

    @Test
    void aMeetingsReportNamesNoSession() {
        assertEquals(List.of(), found("理事长在年会上宣读了第五届全体会议报告。"));
    }

    @Test
    void aVerbOfDecidingOrBiddingStandsOutsideTheNameAfterIt() {
        assertEquals(List.of("第9届青河湾首长会议"), found("理事会决定第9届青河湾首长会议将于2032年移至丙市召开。"));
        assertEquals(List.of("2034年大会"), found("丙市正在申办2034年大会。"));
    }

    @Test
    void severalEditionsTakenTogetherNameNoForum() {
        assertFalse(names.properName("头两届理事大会"));
        assertFalse(names.properName("历届青河论坛"));
        assertTrue(names.properName("第三届青河论坛全体会议"));
    }

    @Test
    void twoSidesGlossedInBracketsAndPairedByAnyDashNameTheGathering() {
        assertEquals(List.of("青河国(白山市)—紫川国(丹江市)人文合作交流会"), found("8日,青河国(白山市)—紫川国(丹江市)人文合作交流会在白山举行。"));
        assertEquals(List.of("青河国(白山市)–紫川国(丹江市)人文合作交流会"), found("8日,青河国(白山市)–紫川国(丹江市)人文合作交流会在白山举行。"));
        assertEquals(List.of("青河国(白山市)-紫川国(丹江市)人文合作交流会"), found("8日,青河国(白山市)-紫川国(丹江市)人文合作交流会在白山举行。"));
        assertEquals(List.of("青河国(白山市)－紫川国(丹江市)人文合作交流会"), found("8日,青河国(白山市)－紫川国(丹江市)人文合作交流会在白山举行。"));
        assertEquals(List.of("青河国（白山市）—紫川国（丹江市）人文合作交流会"), found("8日,青河国（白山市）—紫川国（丹江市）人文合作交流会在白山举行。"));
    }
}

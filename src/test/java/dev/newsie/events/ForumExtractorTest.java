package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up forum reports (none from the corpus or the development set), one construction of the genre each. */
class ForumExtractorTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void anEditionOfALaterYearIsStillToCome() {
        String text = "5月3日,2029紫川友城论坛在紫川开幕。会上,金河市表示将申办“2032紫川友城论坛”。";
        List<Event> fs = run(text, "2029-05-04");
        assertEquals(List.of("2029紫川友城论坛"), fs.stream().map(Event::name).toList());
        assertTrue(fs.get(0).aliases() == null || fs.get(0).aliases().isEmpty());
    }

    @Test
    void theSeriesNamedAfterItsSessionInOneSentenceIsNoOtherForum() {
        String text = "今天上午,2031年紫川市长论坛(ZMF)第三次全体会议在金河举行,这是紫川市长论坛首次在金河召开。";
        List<Event> fs = run(text, "2031-06-02");
        assertEquals(List.of("2031年紫川市长论坛第三次全体会议"), fs.stream().map(Event::name).toList());
    }

    @Test
    void aNameHoldingATargetYearIsAForumHeld() {
        List<Event> fs = run("今天,2045紫川友城论坛在紫川开幕。", "2029-05-04");
        assertEquals(List.of("2045紫川友城论坛"), fs.stream().map(Event::name).toList());
    }

    @Test
    void hostsOfEveryChainedClauseButNotTheAssistingBody() {
        String text = "9月17日,2031烟台国际友城论坛在烟台举行。论坛由中国人民对外友好协会、烟台市人民政府共同主办,"
                + "烟台市人民对外友好协会承办,烟台大学协办。";
        Event f = run(text, "2031-09-18").get(0);
        assertEquals(List.of("中国人民对外友好协会", "烟台市人民政府", "烟台市人民对外友好协会"), f.organizers());
    }

    @Test
    void theForumsOwnTotalOutweighsAnEarlierCountOfOneKindOfGuest() {
        // made up: the mayors first, then the forum's own total of guests and the countries they came from
        String text = "5月6日,2031青山城市论坛在青山举行,来自各地的40位市长汇聚一堂。"
                + "本次论坛共有来自25个国家的约300名嘉宾参会。";
        Event f = run(text, "2031-05-07").get(0);
        assertEquals(300, f.attendees());
        assertEquals(25, f.countries());
    }

    @Test
    void aLaterSentenceGivingTheForumsThemeByItsHeadNoun() {
        // made up: the theme comes in a sentence that names the forum only by its head noun
        String text = "9月17日,2031青山城市合作论坛在青山举行。与会代表围绕“山海相连 共享繁荣”论坛主题展开交流。";
        assertEquals("山海相连 共享繁荣", run(text, "2031-09-18").get(0).theme());
        // made up: a later sentence gives another edition's theme
        String past = "9月17日,2031青山城市合作论坛在青山举行。代表们回顾了上届论坛主题“山海相连 共享繁荣”。";
        assertNull(run(past, "2031-09-18").get(0).theme());
    }

    @Test
    void aBracketedShortNameIsAnAliasNotASecondForum() {
        String text = "9月3日,2024昆明国际友好城市论坛(以下简称“昆明论坛”)在昆明举行。昆明论坛设有智慧交通、乡村振兴、医疗卫生三个平行论坛。";
        List<Event> fs = run(text, "2024-09-04");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("昆明论坛"), fs.get(0).aliases());
        assertEquals(List.of("智慧交通", "乡村振兴", "医疗卫生"), fs.get(0).topics());
    }

    @Test
    void aHeadlineUsingTheShortNameIsTheSameForum() {
        String text = "双城论坛在烟台登场\n2024烟台福州城市论坛(双城论坛)15日在烟台举行,论坛主题为“韧性城市 永续发展”。";
        List<Event> fs = run(text, "2024-06-15");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024烟台福州城市论坛", fs.get(0).name());
        assertTrue(fs.get(0).aliases().contains("双城论坛"), fs.get(0).aliases().toString());
        assertEquals("韧性城市 永续发展", fs.get(0).theme());
    }

    @Test
    void partsOfANameJoinedBy暨AreAliasesOnlyWhenBothAreForums() {
        Event both = run("5月8日,2024烟台友城论坛暨青年对话会在烟台举行。", "2024-05-09").get(0);
        assertEquals(List.of("2024烟台友城论坛", "青年对话会"), both.aliases());
        Event one = run("5月8日,2024青河友好城市暨地方合作论坛在烟台举行。", "2024-05-09").get(0);
        assertNull(one.aliases());
    }

    @Test
    void aPlannedForumIsNoEvent() {
        assertTrue(run("据悉,2025烟台国际友城论坛将于10月在烟台举行。", "2024-06-13").isEmpty());
    }

    @Test
    void aSentenceAboutTheParticipantsGivesTheForumsTopics() {
        String text = "5月8日,第二届昆明城市发展大会在昆明举行。与会代表围绕城市治理、产业合作、文化旅游交流等议题进行深入探讨。";
        Event f = run(text, "2024-05-09").get(0);
        assertEquals(List.of("城市治理", "产业合作", "文化旅游交流"), f.topics());
    }

    @Test
    void aVenueBeforeAnAdverbAndTheVerbKeepsItsNameWhenOnlyTheHeadWouldRemain() {
        Event f = run("10日,2024昆明友城论坛在昆明国际会议中心隆重开幕。", "2024-06-11").get(0);
        assertEquals("昆明国际会议中心", f.venue());
        assertEquals("昆明", f.location());
    }

    @Test
    void aLaterSentenceAboutThePlanGivesNoDate() {
        String text = "10月20日,首届烟台国际城市合作峰会在烟台开幕。峰会将持续至22日。";
        Event f = run(text, "2024-10-21").get(0);
        assertEquals("2024-10-20", f.date());
    }

    @Test
    void aForumMentionedInBackgroundLendsNothingToTheReportedOne() {
        String text = "8日,2024烟台友城论坛在烟台举行。上届烟台投资峰会由烟台市外事办公室主办。";
        Event f = run(text, "2024-06-09").get(0);
        assertFalse(f.organizers() != null && f.organizers().contains("烟台市外事办公室"), String.valueOf(f.organizers()));
    }

    @Test
    void aKindOfMeetingIsNoNamedForum() {
        assertTrue(run("3月4日,烟台市与新西兰奥克兰市举行视频会议。当天,两市还召开了工作座谈会。", "2024-03-05").isEmpty());
    }

    @Test
    void aBracketedPlaceInsideANameIsPartOfItButABylineIsNot() {
        assertEquals("中国(烟台)国际友城大会", run("8日,中国(烟台)国际友城大会在烟台开幕。", "2024-06-09").get(0).name());
        assertEquals("中国国际友城论坛", run("中新网(记者张明)中国国际友城论坛8日在烟台开幕。", "2024-06-09").get(0).name());
    }

    @Test
    void aShortNameOfAnEventIsAForumWhenItsHeadIsNoMeetingInGeneral() {
        assertEquals("金砖峰会", run("8日,金砖峰会在烟台开幕。", "2024-06-09").get(0).name());
    }

    @Test
    void aVenueAfter假Or于() {
        assertEquals("旅游塔会展中心", run("（澳门9日讯）第五届澳门国际城市论坛昨日假澳门旅游塔会展中心举行。", "2024-09-10").get(0).venue());
        assertEquals("烟台大学科技馆", run("第二届烟台友城青年论坛于烟台大学科技馆开幕。", "2024-09-10").get(0).venue());
    }

    @Test
    void aQuotedWordInsideANameIsPartOfIt() {
        assertEquals("第三届“一带一路”城市合作论坛", run("9月8日,第三届“一带一路”城市合作论坛在烟台开幕。", "2024-09-10").get(0).name());
    }

    @Test
    void whoChairedOrWitnessedIsNoPartOfTheName() {
        assertEquals("2024烟台国际友城论坛", run("8日,副市长张明主持2024烟台国际友城论坛,论坛在烟台举行。", "2024-09-10").get(0).name());
    }

    @Test
    void twoNamesEndingInTheSameDescriptionAreOneForum() {
        String text = "8日,第二次中国-北欧国家青年领导人会议在烟台举行。与会者表示,召开“8+1合作”青年领导人会议意义重大。";
        List<Event> fs = run(text, "2024-09-10");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("“8+1合作”青年领导人会议"), fs.get(0).aliases());
    }

    @Test
    void namesThatDifferInTheirPlaceAreTwoForums() {
        String text = "8日,2024烟台国际友城合作论坛在烟台举行。9日,2024福州国际友城合作论坛在福州举行。";
        assertEquals(2, run(text, "2024-09-10").size());
    }

    @Test
    void aForumThatLastsSomeDaysSpansFromItsOpening() {
        Event f = run("为期三天的2024烟台国际友城论坛12日在烟台开幕。", "2024-09-12").get(0);
        assertEquals("2024-09-12", f.start());
        assertEquals("2024-09-14", f.end());
        assertNull(f.date());
    }

    @Test
    void aForumHeld一连SomeDaysSpansFromItsOpening() {
        Event f = run("「第二届海洋城市论坛」今日在高雄开幕，一连举行3天。", "2024-09-12").get(0);
        assertEquals("2024-09-12", f.start());
        assertEquals("2024-09-14", f.end());
    }

    @Test
    void theNameWithoutItsYearInAReportOfTheForumIsAnAlias() {
        String text = "烟台国际友城论坛开幕\n8日,2024烟台国际友城论坛在烟台开幕。";
        assertEquals(List.of("烟台国际友城论坛"), run(text, "2024-09-10").get(0).aliases());
    }

    @Test
    void theSeriesNamedWithoutAYearInBackgroundIsNoAlias() {
        String text = "8日,2024烟台国际友城论坛在烟台开幕。烟台国际友城论坛由中国人民对外友好协会创办,已成功举办六届。";
        assertNull(run(text, "2024-09-10").get(0).aliases());
    }

    @Test
    void aForumThatLastsSomeDaysAndClosesOnADaySpansTheDaysBefore() {
        Event f = run("9日,为期两天的2025青河国际友城大会在青河闭幕。", "2025-07-09").get(0);
        assertEquals("2025-07-08", f.start());
        assertEquals("2025-07-09", f.end());
    }

    @Test
    void aCountOfParallelForumsIsNoForumAndTheHostsOfTheSeriesCount() {
        String text = "22日,2026青河国际友城大会在青河闭幕。大会期间举行的三场平行论坛分别围绕“城市治理”“经贸合作”展开讨论。"
                + "青河国际友城大会由中国人民对外友好协会与中国国际友好城市联合会联合创办,此前已举办七届。";
        List<Event> fs = run(text, "2026-10-22");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("城市治理", "经贸合作"), fs.get(0).topics());
        assertEquals(List.of("中国人民对外友好协会", "中国国际友好城市联合会"), fs.get(0).organizers());
    }

    @Test
    void anUndatedPageTakesItsYearFromARoundTableNamedWithIt() {
        Event f = run("某某新闻网讯 8月22日,2025青河友好城市圆桌会在青河举行。", null).get(0);
        assertEquals("2025-08-22", f.date());
    }

    @Test
    void openingAndClosingDaysInOneSentenceAreASpan() {
        Event f = run("2025青河国际友城大会闭幕\n某某新闻网讯 2025青河国际友城大会于10月14日开幕,16日闭幕。", null).get(0);
        assertEquals("2025-10-14", f.start());
        assertEquals("2025-10-16", f.end());
    }

    @Test
    void topicsBeforeACountAnd展开对话() {
        String text = "9月4日,2025青河国际友城市长论坛在青河举行。论坛围绕城市更新、内陆开放、人文交流三大议题展开对话。";
        assertEquals(List.of("城市更新", "内陆开放", "人文交流"), run(text, "2025-09-05").get(0).topics());
    }

    @Test
    void aHeadlineNamingTheForumWithoutItsPlaceGivesNoAlias() {
        String text = "烟台市举办国际友城论坛\n8日,2025烟台国际友城论坛在烟台举行。";
        Event f = run(text, "2025-09-08").get(0);
        assertEquals("2025烟台国际友城论坛", f.name());
        assertNull(f.aliases());
    }

    @Test
    void aHeadlineCountThenTheBodysAgreeingCountsFillEachOther() {
        String text = "烟台国际友城论坛开幕 5国城市首长齐聚\n8日,2025烟台国际友城论坛在烟台举行,来自5个国家8个城市的代表共60人与会。";
        Event f = run(text, "2025-09-08").get(0);
        assertEquals(5, f.countries());
        assertEquals(8, f.cities());
        assertEquals(60, f.attendees());
    }

    @Test
    void aConventionAndExhibitionCentreIsAVenueNotAMeeting() {
        List<Event> fs = run("2025青河城市合作论坛昨日假青河会议展览中心揭幕。", "2025-11-22");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("青河会议展览中心", fs.get(0).venue());
    }

    @Test
    void aRelativeFirstDayAndALastDayAreASpan() {
        Event f = run("「2025青河城市外交论坛」今(3)日至4日在青河举行。", "2025-12-03").get(0);
        assertEquals("2025-12-03", f.start());
        assertEquals("2025-12-04", f.end());
    }

    @Test
    void aForumDatedAfterTheReportIsPlanned() {
        assertTrue(run("第9届青河白山城市论坛20日在白山登场\n青河市政府5日宣布,论坛主题为“共好城市”。", "2024-12-05").isEmpty());
    }

    @Test
    void theSeriesNameInABackgroundSentenceIsNoAlias() {
        String text = "5月6日,2024青河国际友好城市大会在青河举行。青河国际友好城市大会每两年举办一次,此前已在白山举办。";
        Event f = run(text, "2024-05-07").get(0);
        assertNull(f.aliases(), String.valueOf(f.aliases()));
    }

    @Test
    void aForumNamedWithItsYearAndCityTakesThatCity() {
        Event f = run("2024青河国际友城市长论坛举行\n本次论坛设圆桌会和主旨演讲两个环节。", "2024-06-12").get(0);
        assertEquals("青河", f.location());
    }

    @Test
    void twoForumsOfDifferentYearsInOnePageStayApart() {
        String text = "6日,2024青州市国际友城合作论坛在青州举行。2023白州市国际友城合作论坛曾于去年在白州举行。";
        assertEquals(2, run(text, "2024-06-07").size());
    }

    @Test
    void aHeadlinesTwoCitiesShortNameIsAnAliasOfTheForumReportedBelow() {
        Event f = run("青河市长赴白山出席双城论坛\n青河白山双城论坛今、明两天在白山举行。", "2024-11-30").get(0);
        assertEquals(List.of("双城论坛"), f.aliases());
        assertEquals("2024-11-30", f.start());
        assertEquals("2024-12-01", f.end());
    }

    @Test
    void aHeadlinesShortNameEndingTheFullNameIsItsAlias() {
        List<Event> fs = run("友城大会在青河开幕 40国代表与会\n27日,2024中国国际友好城市大会在青河开幕。", "2024-11-28");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024中国国际友好城市大会", fs.get(0).name());
        assertEquals(List.of("友城大会"), fs.get(0).aliases());
    }

    @Test
    void whatLocatesTheVenueIsNoPartOfItsName() {
        Event f = run("27日上午,2024青河国际友城论坛在位于青河的白山会展中心开幕。", "2024-11-28").get(0);
        assertEquals("白山会展中心", f.venue());
    }

    @Test
    void sinceTheFirstEditionIsBackgroundAndThePreviousEditionNamesNoForum() {
        List<Event> fs = run("24日,2021青河市长论坛在白山举办。自2015年首届论坛举办以来,参会嘉宾来自20余个省份。"
                + "上届论坛于2019年11月在红山举行。", "2021-11-25");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2021-11-24", fs.get(0).date());
    }

    @Test
    void anEditionHeldInAnotherYearIsAnotherForum() {
        List<Event> fs = run("24日,2021青河市长论坛在白山举办。2019年,第五届青河市长论坛在红山举行。", "2021-11-25");
        assertEquals(2, fs.size(), fs.toString());
        assertNull(fs.get(0).aliases());
        assertEquals("红山", fs.get(1).location());
    }

    @Test
    void daysListedFromTheReportsDayAreAForumUnderWayNotAPlannedOne() {
        List<Event> fs = run("青河白山双城论坛14、15日在白山举行,今日上午率团出发。", "2024-06-14");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024-06-14", fs.get(0).start());
        assertEquals("2024-06-15", fs.get(0).end());
    }

    @Test
    void theSeriesHistoryGivesNeitherAPastEditionNorADate() {
        String text = "9月6日,2024青河国际友好交流大会在青河开幕。每两年举行一次的青河国际友好交流大会,自2012年起,已先后在白山、赤水举办。";
        List<Event> fs = run(text, "2024-09-07");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024-09-06", fs.get(0).date());
    }

    @Test
    void theHostsOfTheMeetingAreNotASubForumsWhenTheSubForumsAreNamed() {
        String text = "6月3日,第二次甲乙国家地方政府首长会议在青河开幕。开幕式后,还举办了青年创业合作论坛,港口物流发展论坛等平行论坛。"
                + "本次会议由青河市人民政府、甲乙地方政府首长联席会共同主办,约300人出席活动。";
        List<Event> fs = run(text, "2024-06-03");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(List.of("青年创业合作论坛", "港口物流发展论坛"), fs.get(0).topics());
        assertTrue(fs.get(0).organizers().contains("甲乙地方政府首长联席会"), String.valueOf(fs.get(0).organizers()));
        assertEquals(300, fs.get(0).attendees());
    }

    @Test
    void aForumThatNoSentencePlacesIsWhereTheReportingCityHostsIt() {
        String text = "某网青河4月20日电 青河白山国际友城合作论坛20日上午以线上线下结合方式举行。论坛由青河市人民政府倡议并主办。";
        Event f = run(text, "2024-04-21").get(0);
        assertEquals(List.of("青河市人民政府"), f.organizers());
        assertEquals("青河", f.location());
    }

    @Test
    void aForumReportedFirstInASentenceNamingItsFoundersIsDated() {
        Event f = run("由青河市与白山市共同发起的第三届青白国际友城论坛15日在青河开幕。", "2024-06-16").get(0);
        assertEquals("2024-06-15", f.date());
    }

    @Test
    void aFirstEditionsYearInAnOpeningSpeechLeavesTheOpeningDay() {
        String text = "第3届青河白山交流大会今天下午在白山开幕,展开为期3天行程。开幕典礼上,市长表示,青河白山交流大会2019年首次在青河开办。";
        Event f = run(text, "2026-08-03").get(0);
        assertEquals("2026-08-03", f.start(), f.toString());
        assertEquals("2026-08-05", f.end(), f.toString());
    }

    @Test
    void aCityHallKeepsItsCityAndPlacesTheForum() {
        String text = "市政署代表日前前往大连,参加第8届青河城市联盟会员大会。第8届青河城市联盟会员大会7月5日在大连市政厅召开,来自12个会员城市的代表与会。";
        Event f = run(text, "2024-07-08").get(0);
        assertEquals("大连", f.location(), f.toString());
        assertEquals("大连市政厅", f.venue(), f.toString());
    }

    @Test
    void aForumInAMonthAfterTheReportIsAPlan() {
        String text = "代表团邀请日韩地方政府参加明年10月在青河举办的国际友城合作大会。";
        assertTrue(run(text, "2024-06-20").isEmpty());
    }

    @Test
    void anEditionAndAnAssemblyHeadAloneIsNoAlias() {
        // made up: the body's short reference leaves the alliance out of the assembly's name
        String text = "9月3日,青河城市联盟第十一届全体大会在昆明开幕。第十一届全体大会为期两天。";
        List<Event> fs = run(text, "2024-09-04");
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).aliases() == null || fs.get(0).aliases().isEmpty(), fs.toString());
    }

    @Test
    void aBracketAfterAPastEditionsNameLeavesThePlaceASentenceGives() {
        List<Event> fs = ofType(MadeUpReports.run("新华社青河5月20日电 甲乙友城论坛20日在青河举行。上一届甲乙友城论坛（白山）吸引了众多嘉宾。",
                "2031-05-20"), EventType.FORUM);
        assertFalse(fs.isEmpty());
        assertTrue(fs.stream().allMatch(e -> "青河".equals(e.location())), fs.toString());
    }

    @Test
    void theNextEditionDecidedOnLeavesTheReportedNameWhole() {
        String text = "第8届青河湾首长会议在丙市举行\n"
                + "本报丙市8月17日电 第8届青河湾首长会议17日在丙市举行。"
                + "理事会决定第9届青河湾首长会议将于2032年移至丁市召开。";
        List<Event> fs = ofType(MadeUpReports.run(text, "2031-08-17"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第8届青河湾首长会议", fs.get(0).name());
    }

    @Test
    void anEditionOfALaterYearBidForInAClauseHoldingNothingIsNoForum() {
        String text = "第5届青河湾城市峰会在丙市举行\n"
                + "本报丙市7月7日电 第5届青河湾城市峰会正在丙市会展中心举行,丁市代表团6日拜会丙市市长,请丙市支持丁市申办2033年大会。";
        List<Event> fs = ofType(MadeUpReports.run(text, "2031-07-07"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第5届青河湾城市峰会", fs.get(0).name());
        // a name holding a later year, reported held in its own clause, is a forum held
        String target = "本报丙市7月7日电 2040青河湾议程城市论坛今天在丙市开幕。";
        assertEquals(1, ofType(MadeUpReports.run(target, "2031-07-07"), EventType.FORUM).size());
    }

    @Test
    void aLaterYearsNameWhoseHoldingVerbStandsInTheNextClauseIsAForumHeld() {
        // no verb of bidding or deciding governs it: the comma only parts the name from its verb
        List<Event> fs = run("2040青河湾议程城市论坛,今天在丙市开幕。", "2031-07-07");
        assertEquals(List.of("2040青河湾议程城市论坛"), fs.stream().map(Event::name).toList());
        List<Event> all = ofType(MadeUpReports.run("本报丙市7月7日电 2040青河湾议程城市论坛,今天在丙市开幕。", "2031-07-07"),
                EventType.FORUM);
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void aForumHeldTheMonthBeforeTakesNotTheReportsTheme() {
        String text = "首届青河白山市长论坛28日在青河闭幕。王明回顾说,上个月,白山港口合作论坛第二届部长级会议在丙市顺利举行。"
                + "本届论坛围绕“携手合作,共同发展”主题展开讨论。";
        List<Event> fs = run(text, "2031-08-29");
        Event first = fs.stream().filter(f -> f.name().startsWith("首届")).findFirst().orElseThrow();
        assertEquals("携手合作,共同发展", first.theme());
    }
}

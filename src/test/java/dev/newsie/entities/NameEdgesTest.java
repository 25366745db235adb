package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences where a name's run of tokens took in too much before it, or left out part of it. */
class NameEdgesTest {
    private static Candidate place(int start, String name) {
        return new Candidate(start, start + name.length(), EntityType.CITY, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void aConjunctionOpeningTheRunIsCutFromTheName() {
        String text = "会议代表以及青河钢铁公司";
        assertEquals(6, NameEdges.afterInnerGovernor(text, 4, text.length(), List.of()));
        String shortName = "以及青钢";
        assertEquals(2, NameEdges.afterInnerGovernor(shortName, 0, shortName.length(), List.of()));
    }

    @Test
    void anOrganisationOfAnyRecogniserOpeningWithAConjunctionIsTheBodyAfterIt() {
        String text = "会议代表以及青钢出席";
        Candidate org = new Candidate(4, 8, EntityType.ORGANIZATION, "以及青钢", null, Candidate.Source.PATTERN);
        Candidate cut = NameEdges.withoutOpeningGovernor(text, org, List.of());
        assertEquals("青钢", cut.name());
        assertEquals(6, cut.start());
        Candidate inner = new Candidate(0, 8, EntityType.ORGANIZATION, "会议代表以及青钢", null, Candidate.Source.PATTERN);
        assertEquals(inner, NameEdges.withoutOpeningGovernor(text, inner, List.of()));
    }

    @Test
    void aVerbOfGoingOrATimeWordOpeningTheRunIsCutOnlyBeforeAPlace() {
        String going = "赴甲乙州议会";
        assertEquals(1, NameEdges.afterInnerGovernor(going, 0, going.length(), List.of(place(1, "甲乙州"))));
        assertEquals(0, NameEdges.afterInnerGovernor(going, 0, going.length(), List.of()));
        String after = "会后青河市委";
        assertEquals(2, NameEdges.afterInnerGovernor(after, 1, after.length(), List.of(place(2, "青河"))));
        String word = "后勤保障部";
        assertEquals(0, NameEdges.afterInnerGovernor(word, 0, word.length(), List.of(place(2, "青河"))));
    }

    @Test
    void aVerbOfVisitingInsideTheRunOpensTheVisitedBodysName() {
        // the run as read, and the visited body's name that opens after the verb (no place needed after it)
        for (String[] run : new String[][] {{"白沙乡交流团拜会青河市水务局", "青河市水务局"}, {"青河代表团会见白沙市商会", "白沙市商会"}}) {
            int cut = NameEdges.afterInnerGovernor(run[0], 0, run[0].length(), List.of());
            assertEquals(run[1], run[0].substring(cut));
        }
    }

    @Test
    void aWordOfMeetingInsideAStandingBodysNameLeavesTheNameWhole() {
        // 会晤 opens a visited body's name only before a place: a standing body of meetings keeps it inside its name
        String body = "青白两市市长定期会晤委员会";
        assertEquals(0, NameEdges.afterInnerGovernor(body, 0, body.length(), List.of()));
    }

    @Test
    void aNameJoinedToABodyBy及IsNoPartOfIt() {
        Set<String> n = organizations("日本长野县代表团来访，南投县长林明辉及长野县议会议长清水洋介出席见证。");
        assertTrue(n.contains("长野县议会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("林明辉")), n.toString());
    }

    @Test
    void aNameJoinedBy及ToAMissionIsNoPartOfIt() {
        Set<String> n = organizations("出席者有智利中华会馆主席黄国强及驻智利代表处代表陈大文。");
        assertTrue(n.contains("驻智利代表处"), n.toString());
        assertTrue(n.stream().noneMatch(o -> o.contains("黄国强")), n.toString());
    }

    @Test
    void aBodyDoesNotOpenInsideTheVerb代表() {
        Set<String> n = organizations("市长王明代表市政府向嘉宾赠送纪念品。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("表")), n.toString());
    }

    @Test
    void personAndLocativeBeforeABodyAreNoPartOfItsName() {
        Set<String> n = organizations("市长山田一郎在台中市政府会见代表团。");
        assertTrue(n.stream().noneMatch(x -> x.contains("山田")), n.toString());
    }

    @Test
    void quotedPhraseBeforeANameIsPartOfIt() {
        Set<String> n = organizations("“丝路青州”建设工作委员会成员出席。");
        assertTrue(n.contains("“丝路青州”建设工作委员会"), n.toString());
    }

    @Test
    void aConjunctionAfterAQuotationOpensNoBodysName() {
        String text = "据悉,“绿港计划”同东岭产业协会签约合作。";
        int start = text.indexOf("同东岭");
        assertEquals(start + 1, NameEdges.afterQuotedConjunction(text, start, text.indexOf("签约")));
        // 和平 is a word: the quotation runs on into a name that opens with it
        String peace = "“青山倡议”和平发展基金会成立。";
        assertEquals(peace.indexOf("和平"), NameEdges.afterQuotedConjunction(peace, peace.indexOf("和平"), peace.indexOf("成立")));
        // no quotation before: the character is the name's own
        String plain = "同南湾经济联盟对接。";
        assertEquals(0, NameEdges.afterQuotedConjunction(plain, 0, plain.indexOf("对接")));
    }

    @Test
    void aQuotedSloganBeforeANameOpenedByAPlaceIsNoPartOfIt() {
        Set<String> n = organizations("本周六,“同舟共济”加拿大华人工商总会召开了年会。");
        assertTrue(n.stream().noneMatch(x -> x.contains("同舟")), n.toString());
    }

    @Test
    void representativeOfficeIsNotCutAtTheVerbRepresent() {
        Set<String> n = organizations("澳大利亚昆士兰州政府驻华代表处首席代表出席。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("州政府驻华代表处")), n.toString());
    }

    @Test
    void aBodyOfASpecialAdministrativeRegionKeepsItsWholeName() {
        // in this context the segmenter reads 特别 as an adverb (香港/特别/行政区政府创新科技及工业局)
        Set<String> n = organizations("「2024亚洲智慧城市峰会」在香港举行\n\n由香港特别行政区政府创新科技及工业局主办、香港贸易发展局协办的"
                + "「2024亚洲智慧城市峰会」今日(6日)在香港会议展览中心揭幕，来自12个国家、31个城市的约400名代表出席。");
        assertTrue(n.contains("香港特别行政区政府创新科技及工业局"), n.toString());
    }

    @Test
    void countrysPresenceInTaiwanKeepsCountryAndLocative() {
        Set<String> n = organizations("加拿大在台贸易办事处处长出席活动。");
        assertTrue(n.contains("加拿大在台贸易办事处"), n.toString());
    }

    @Test
    void aNameJoinedBy及ToABareLevelBodyIsNoPartOfIt() {
        Set<String> n = organizations("青州市政府副秘书长马文斌及市商务局有关人员参加。");
        assertTrue(n.stream().noneMatch(o -> o.contains("马文斌")), n.toString());
    }

    @Test
    void anOrdinalTermOfABoardIsNoPartOfTheBodysName() {
        Set<String> n = organizations("青州市人民对外友好协会第五届理事会成立，新一届理事会选出会长。");
        assertTrue(n.contains("青州市人民对外友好协会"), n.toString());
        assertTrue(n.stream().noneMatch(o -> o.contains("届")), n.toString());
    }

    @Test
    void countedCountryAbbreviationsOpenTheName() {
        Set<String> n = organizations("应中日韩三国合作秘书处邀请出席会议。");
        assertTrue(n.contains("中日韩三国合作秘书处"), n.toString());
    }

    @Test
    void aPrepositionGluedToAForeignNameIsNoPartOfTheBody() {
        Set<String> n = organizations("使馆举行仪式,向维罗纳科技大学教授颁奖。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("向")), n.toString());
    }

    @Test
    void aCountAndAClassifierNameNoBody() {
        assertTrue(NameEdges.countedBodies("两地多所大学互派学生", 3));
        assertTrue(NameEdges.countedBodies("两地三家公司参展", 2));
        assertTrue(!NameEdges.countedBodies("研究所大楼", 0));
    }

    @Test
    void gluedVerbOfVisitingOpensNoName() {
        assertEquals(2, NameEdges.afterGluedVerb("参访青河文化基金会", 0, 9));
        assertEquals(0, NameEdges.afterGluedVerb("就业服务局", 0, 5)); // 就业 is a word of the name
        assertEquals(0, NameEdges.afterGluedVerb("参观团", 0, 3)); // nothing of a name would be left
        assertEquals(0, NameEdges.afterGluedVerb("青河协会", 0, 4));
    }

    @Test
    void aDayCharacterBeforeAGluedVerbOfVisitingOpensNoName() {
        assertEquals(3, NameEdges.afterGluedVerb("日拜会石溪郡议会", 0, 8));
        assertEquals(0, NameEdges.afterGluedVerb("日照市商务局", 0, 6)); // 日照 is a city
    }

    @Test
    void gluedDayAndVerbOfSendingOpenNoName() {
        assertEquals(4, NameEdges.afterGluedDate("10日送立法院", 0, 7, List.of()));
        assertEquals(0, NameEdges.afterGluedDate("青河大学", 0, 4, List.of()));
        assertEquals(0, NameEdges.afterGluedDate("5日送部", 0, 4, List.of())); // nothing of a name left
    }

    @Test
    void aDaysWordWhoseDigitsStandBeforeTheRunOpensNoName() {
        String text = "会议于9日松岭县商会举办";
        assertEquals(5, NameEdges.afterGluedDate(text, 4, 10, List.of()));
        String dateline = "晚报7日讯湖东农业协会";
        assertEquals(5, NameEdges.afterGluedDate(dateline, 3, 11, List.of()));
        String led = "访团于8日以河西市侨联为主";
        assertEquals(6, NameEdges.afterGluedDate(led, 4, 11, List.of()));
        assertEquals(5, NameEdges.afterGluedDate(led, 4, 11, List.of(place(5, "以河西")))); // a place opens with 以
        String japan = "至30日本州市政府";
        assertEquals(3, NameEdges.afterGluedDate(japan, 3, 9, List.of(place(3, "日本")))); // the day's 日 opens 日本
        assertEquals(0, NameEdges.afterGluedDate("日照市商务局", 0, 6, List.of())); // no digits before: 日照 is a city
    }

    @Test
    void aWordOfHoldingOfficeOpensTheTitleNotTheName() {
        String both = "院长兼松岭农业学会理事";
        List<Token> tokens = List.of(new Token(0, 2, "院长", "nnt"), new Token(2, 3, "兼", "v"), new Token(3, 5, "松岭", "ns"),
                new Token(5, 9, "农业学会", "nt"), new Token(9, 11, "理事", "nnt"));
        assertEquals(3, NameEdges.afterOfficeWord(tokens, both, 2, 9));
        assertEquals(2, NameEdges.afterOfficeWord(tokens, both, 2, 5)); // nothing of a name would be left
        String then = "时任湖东文化局局长";
        List<Token> thenTokens = List.of(new Token(0, 2, "时任", "v"), new Token(2, 4, "湖东", "ns"), new Token(4, 7, "文化局", "nt"),
                new Token(7, 9, "局长", "nnt"));
        assertEquals(2, NameEdges.afterOfficeWord(thenTokens, then, 0, 7));
    }

    @Test
    void aOneCharacterWordOfOfficeGluedOntoTheBodyIsCutAfterATitle() {
        String glued = "主任(秘书长)暨白河科技协会会长";
        List<Token> tokens = List.of(new Token(0, 2, "主任", "nnt"), new Token(2, 3, "(", "w"), new Token(3, 6, "秘书长", "nnt"),
                new Token(6, 7, ")", "w"), new Token(7, 14, "暨白河科技协会", "nt"), new Token(14, 16, "会长", "nnt"));
        assertEquals(8, NameEdges.afterOfficeWord(tokens, glued, 7, 14));
        String school = "参观暨阳师范学院";
        List<Token> schoolTokens = List.of(new Token(0, 2, "参观", "v"), new Token(2, 8, "暨阳师范学院", "nt"));
        assertEquals(2, NameEdges.afterOfficeWord(schoolTokens, school, 2, 8)); // no title before: 暨 opens the name
    }

    @Test
    void theBackendsBodyLosesTheWordOfHoldingOfficeItOpenedWith() {
        String text = "院长兼松岭农业学会理事";
        List<Token> tokens = List.of(new Token(0, 2, "院长", "n"), new Token(2, 3, "兼", "v"), new Token(3, 5, "松岭", "ns"),
                new Token(5, 9, "农业学会", "nt"), new Token(9, 11, "理事", "n"));
        Candidate backend = new Candidate(2, 9, EntityType.ORGANIZATION, "兼松岭农业学会", null, Candidate.Source.WEAK);
        Candidate body = NameEdges.withoutOfficeWord(text, backend, tokens);
        assertEquals("松岭农业学会", body.name());
        assertEquals(3, body.start());
    }

    @Test
    void aReportersSourcePhraseOpensNoName() {
        assertEquals(3, NameEdges.afterGluedVerb("记者从青河省外事办公室", 0, 11));
        assertEquals(0, NameEdges.afterGluedVerb("记者协会", 0, 4));
    }

    @Test
    void aPrepositionGluedOntoABodysNameIsNoPartOfIt() {
        Set<String> n = organizations("大使馆昨日举行仪式,向联合国开发计划署前官员汉斯·穆勒颁发奖章。");
        assertTrue(n.stream().noneMatch(o -> o.startsWith("向")), n.toString());
    }

    @Test
    void aPartnersStandingBeforeItsGovernmentIsNoPartOfTheName() {
        Set<String> n = organizations("花莲县政府表示,姊妹城市堤川市政府近日派员来访。");
        assertTrue(n.contains("堤川市政府"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("姊妹")), n.toString());
    }

    @Test
    void aConjunctionAfterARepresentativeOpensNoName() {
        Set<String> n = organizations("出席的有鹿岛市长松田一郎、太良町代表及驻福冈办事处处长林文。");
        assertTrue(n.contains("驻福冈办事处"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("及")), n.toString());
    }

    @Test
    void anAdviserJoinedToABodyBy及IsNoPartOfIt() {
        Set<String> n = organizations("在县长徐明、县府参议许文清及乌当区委书记王强的见证下,双方签订协定。");
        assertTrue(n.contains("乌当区委"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("许文清")), n.toString());
    }

    @Test
    void aMissionAfterAConjunctionOpensItsOwnNameWhateverItemStandsBefore() {
        String text = "义卖和驻秘鲁办事处";
        Candidate peru = new Candidate(4, 6, EntityType.COUNTRY, "秘鲁", null, Candidate.Source.PATTERN);
        assertEquals(3, NameEdges.afterJoinedPersonOrListItem(text, 0, text.length(), List.of(peru)));
        String noMission = "义卖和青河办事处";
        assertEquals(0, NameEdges.afterJoinedPersonOrListItem(noMission, 0, noMission.length(), List.of()));
    }
}

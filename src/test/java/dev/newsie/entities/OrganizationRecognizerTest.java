package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for organisation names read by their head nouns. */
class OrganizationRecognizerTest {
    @Test
    void taiwansMissionsAreNamedBodiesWithOrWithout驻() {
        Set<String> n = organizations("驻温哥华台北经济文化办事处处长王大明出席。");
        assertTrue(n.contains("驻温哥华台北经济文化办事处"), n.toString());
        Set<String> m = organizations("台北驻日经济文化代表处处长李小华致辞。");
        assertTrue(m.contains("台北驻日经济文化代表处"), m.toString()); // the 代表 of 代表处 is the head, not the verb
    }

    @Test
    void theKoreanDistrictHeadsTitleNamesNoDistrictOffice() {
        for (String t : List.of("丙市市长率团赴韩国釜山广域市海云台区,与金英秀区厅长共同签署协议。",
                "去年,海云台区朴正民区厅长率团到访我市。", "韩国大邱广域市寿城区区厅长崔永哲出席仪式。")) {
            Set<String> n = organizations(t);
            assertTrue(n.stream().noneMatch(x -> x.endsWith("区厅")), t + " " + n);
        }
        Set<String> m = organizations("省教育厅厅长王某出席。"); // a Chinese department and its head's title: the body stays
        assertTrue(m.stream().anyMatch(x -> x.endsWith("教育厅")), m.toString());
    }

    @Test
    void aRelativeDeterminerEndsTheNameBeforeIt() {
        Set<String> n = organizations("外交部有关司局负责人陪同考察。");
        assertTrue(n.contains("外交部"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("有关")), n.toString());
        Set<String> m = organizations("座谈会邀请了有关国家驻华使馆官员。");
        assertTrue(m.stream().noneMatch(x -> x.contains("有关") || x.contains("使馆")), m.toString());
    }

    @Test
    void aOneCharacterHeadLeftBeforeARelativeDeterminerIsNoBody() {
        for (String t : List.of("会上，局有关负责人介绍了情况。", "会上，部有关司局负责人介绍了情况。", "会上，会相关负责人介绍了情况。")) {
            Set<String> n = organizations(t);
            assertTrue(n.stream().noneMatch(x -> x.length() < 2), n.toString());
        }
    }

    @Test
    void aDevelopmentZoneIsABody() {
        Set<String> n = organizations("甲市经济技术开发区与一家外国公司举行座谈。");
        assertTrue(n.contains("甲市经济技术开发区"), n.toString());
    }

    @Test
    void aBranchOfANamedBodyIsOneBodyWithItsPlace() {
        Set<String> n = organizations("某市外办推进我校与美国某州大学北山分校开展持续合作。");
        assertTrue(n.contains("美国某州大学北山分校"), n.toString());
        Set<String> m = organizations("签署仪式由某国工商协会南港分处王大明共同见证。");
        assertTrue(m.stream().anyMatch(o -> o.endsWith("工商协会南港分处")), m.toString());
        Set<String> k = organizations("出席的有甲乙友好协会东山分区代表田中一郎等。");
        assertTrue(k.contains("甲乙友好协会东山分区"), k.toString());
    }

    @Test
    void aBanksBranchIsOneBodyWithItsPlace() {
        Set<String> n = organizations("考察团一行走访了青河农商银行松岭分行并座谈。");
        assertTrue(n.contains("青河农商银行松岭分行"), n.toString());
    }

    @Test
    void aBranchHeadAfterAPlaceOrACommonNounNamesNoBody() {
        Set<String> n = organizations("甲国青河市与乙国白山市分处亚欧两端,友好往来源远流长。");
        assertTrue(n.stream().noneMatch(o -> o.endsWith("分处")), n.toString());
        Set<String> m = organizations("青河市政府研究了新城功能分区规划。");
        assertTrue(m.stream().noneMatch(o -> o.endsWith("分区")), m.toString());
    }

    @Test
    void townshipOfficeIsABody() {
        Set<String> n = organizations("宜兰县五结乡公所与日方签约。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("五结乡公所")), n.toString());
    }

    @Test
    void memberOfAStandingCommitteeIsATitle() {
        Set<String> n = organizations("全国政协常委陈家栋出席。");
        assertFalse(n.contains("全国政协常委"), n.toString());
        assertTrue(n.contains("全国政协"), n.toString());
    }

    @Test
    void headquartersIsTheSeatNotTheBody() {
        Set<String> n = organizations("仪式在青州市人民政府总部举行。");
        assertTrue(n.contains("青州市人民政府"), n.toString());
    }

    @Test
    void headquartersWithNoBodyBeforeItNamesNone() {
        Set<String> n = organizations("远帆物流集团的员工带领来宾走进了地处柳港区总部的展厅。");
        assertTrue(n.stream().noneMatch(o -> o.endsWith("总部")), n.toString());
        n = organizations("该联盟由多位市长发起,其总部设在青州。");
        assertTrue(n.stream().noneMatch(o -> o.endsWith("总部")), n.toString());
        n = organizations("行政长官在政府总部会见了来访的代表团。");
        assertTrue(n.stream().noneMatch(o -> o.endsWith("总部")), n.toString());
    }

    @Test
    void governmentsOfBothSidesAreNoBody() {
        assertTrue(organizations("两地政府代表签署协议。").isEmpty());
    }

    @Test
    void organsOfTwoPlacesCountedTogetherAreNoOneBody() {
        Set<String> n = organizations("烟台和襄阳两市市委负责人出席，各州政府也派员参加。");
        assertTrue(n.stream().noneMatch(x -> x.contains("两市") || x.contains("各州")), n.toString());
    }

    @Test
    void missionNamedWithTheShortFormOfConsulateIsAnOrganisation() {
        Set<String> n = organizations("巴西驻成都总领馆参加了活动。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("驻成都总领馆")), n.toString());
    }

    @Test
    void titleInsideANameBeforeItsHeadStays() {
        Set<String> n = organizations("全国市长协会派员参会。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("市长协会")), n.toString());
    }

    @Test
    void headFollowedByItsOwnHeadsTitleIsABody() {
        Set<String> n = organizations("土耳其安卡拉市文化部部长来访。");
        assertTrue(n.contains("安卡拉市文化部"), n.toString());
    }

    @Test
    void hometownAndSportsAssociationsAreBodies() {
        Set<String> n = organizations("加拿大福清同乡会会长、光州市体育会会长出席。");
        assertTrue(n.contains("加拿大福清同乡会"), n.toString());
        assertTrue(n.contains("光州市体育会"), n.toString());
    }

    @Test
    void shortFormOfEmbassyIsAHead() {
        Set<String> n = organizations("老挝驻华使馆参赞出席。");
        assertTrue(n.contains("老挝驻华使馆"), n.toString());
    }

    @Test
    void taiwanMissionNamedForTaipeiIsOneBody() {
        Set<String> n = organizations("驻印度台北代表部秘书出席。");
        assertTrue(n.contains("驻印度台北代表部"), n.toString());
    }

    @Test
    void broadcastersNewsCentreIsABodyButAConferenceCentreIsNot() {
        Set<String> n = organizations("杭州电视台融媒体中心记者在国际会议中心报道。");
        assertTrue(n.contains("杭州电视台融媒体中心"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.endsWith("会议中心")), n.toString());
    }

    @Test
    void localFriendshipAssociationsAndChambersTogetherAreKindsOfBody() {
        Set<String> n = organizations("全国地方友协工作会议召开，涉外企业、商协会代表出席。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void anOrganOfABodyNamesTheBody() {
        Set<String> n = organizations("青河市友好协会理事会与联合国人权理事会代表会面。");
        assertTrue(n.contains("青河市友好协会"), n.toString());
        assertTrue(n.stream().noneMatch(o -> o.endsWith("协会理事会")), n.toString());
    }

    @Test
    void aYearOpensAnEventNotABody() {
        Set<String> n = organizations("在2021年全国友协系统工作会议上交流经验。");
        assertTrue(n.stream().noneMatch(o -> o.startsWith("2021")), n.toString());
    }

    @Test
    void oneBureauForTwoPortfoliosIsOneBody() {
        Set<String> n = organizations("青州市人力资源与社会保障局副局长出席。");
        assertTrue(n.contains("青州市人力资源与社会保障局"), n.toString());
        Set<String> m = organizations("青州市政府与外事局人员参加。");
        assertTrue(m.stream().noneMatch(o -> o.contains("与")), m.toString());
    }

    @Test
    void threeFieldsListedBeforeTheHeadAreOneBody() {
        Set<String> n = organizations("大会由青河市农业、林业与渔业合作协会主办。");
        assertTrue(n.contains("青河市农业、林业与渔业合作协会"), n.toString());
        Set<String> m = organizations("白山县友好、交流与合作委员会主席王大明出席。");
        assertTrue(m.contains("白山县友好、交流与合作委员会"), m.toString());
        Set<String> k = organizations("市政府、文化与旅游局负责人出席。");
        assertTrue(k.stream().noneMatch(o -> o.contains("、")), k.toString()); // a body before the list is one of its own
        Set<String> j = organizations("青州市政府、商务局与外事局人员参加。");
        assertTrue(j.stream().noneMatch(o -> o.contains("、")), j.toString());
    }

    @Test
    void peopleListedBeforeJoinedWordsAreNoField() {
        Set<String> n = organizations("白山县市民、游客与文化交流协会会员参加。");
        assertTrue(n.stream().noneMatch(o -> o.contains("、")), n.toString()); // 市民 are people, not a field
        Set<String> m = organizations("白山县市民、家庭与文化交流协会会员参加。");
        assertTrue(m.stream().noneMatch(o -> o.contains("、")), m.toString());
    }

    @Test
    void aForeignProvinceBeforeAVillagesCouncilOnlyLocatesIt() {
        Set<String> n = organizations("日本长野县甲乙村议会议长出席。");
        assertTrue(n.contains("甲乙村议会"), n.toString());
    }

    @Test
    void ourMissionInAMainlandArticleIsChinas() {
        Set<String> n = organizations("我驻芬兰大使馆参赞出席仪式。");
        assertTrue(n.contains("中国驻芬兰大使馆"), n.toString());
    }

    @Test
    void ourOfficeAbroadIsNoMissionOfChina() {
        Set<String> n = organizations("台中市副市长率团访问美国,我驻洛杉矶办事处副处长王小明到场祝贺。");
        assertTrue(n.stream().noneMatch(o -> o.startsWith("中国")), n.toString());
    }

    @Test
    void institutionStatusWordOpensTheName() {
        Set<String> n = organizations("国立金华科技大学与青河公司签约。");
        assertTrue(n.contains("国立金华科技大学"), n.toString());
    }

    @Test
    void officeNamedByItsCityIsTheWritersOwnInAnArticleFromTaiwan() {
        Set<String> n = organizations("林处长昨日返台前拜会驻福冈办事处,并与侨胞座谈。");
        assertTrue(n.contains("驻福冈办事处"), n.toString());
    }

    @Test
    void countedBodiesAfterAPlaceNameNone() {
        Set<String> n = organizations("代表团访问了俄勒冈州三所大学。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void theStateBeforeAMinistryIsNoPartOfItsName() {
        Set<String> n = organizations("活动由国家外交部主办。");
        assertTrue(n.contains("外交部"), n.toString());
        assertFalse(n.contains("国家外交部"), n.toString());
    }

    @Test
    void partyKindAfterItsCountryIsAParty() {
        Set<String> n = organizations("英国工党新任党魁表示欢迎。");
        assertTrue(n.contains("英国工党"), n.toString());
    }

    @Test
    void governmentsOfAClassOfStatesAreNoBody() {
        Set<String> n = organizations("由八位拉美及太平洋岛国政府官员组成。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aTownshipFarmersAssociationAndAPrimarySchoolAreBodies() {
        Set<String> n = organizations("青溪乡农会理事长林大山赠送米砖,青溪乡石门国小的学童表演舞蹈。");
        assertTrue(n.contains("青溪乡农会"), n.toString());
        assertTrue(n.contains("青溪乡石门国小"), n.toString());
    }

    @Test
    void aMinisterInThePresidencyNamesThePresidencyNotADepartment() {
        Set<String> n = organizations("代表团会见赞比亚总统府部长姆维。");
        assertTrue(n.contains("赞比亚总统府"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("府部")), n.toString());
    }

    @Test
    void theShortFormOfAnEconomicAndCulturalOfficeIsABody() {
        Set<String> o = MadeUpSentences.organizations("交接由台湾经文处处长陈某某监交,青河经文处副处长也到场。");
        assertTrue(o.contains("台湾经文处"), o.toString());
        assertTrue(o.contains("青河经文处"), o.toString());
    }

    @Test
    void theChairOfACouncilWrittenShortIsATitleNotACommittee() {
        Set<String> o = MadeUpSentences.organizations("邀请行政院青建会副主委吴某某主持,青委会主委林某某致词。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("主委")), o.toString());
        assertTrue(o.contains("行政院青建会"), o.toString());
    }

    @Test
    void anOfficeStationedInAForeignCityIsTaiwansEvenWithNoOtherTaiwanWord() {
        Set<String> n = organizations("驻西雅图办事处处长林小文表示,两地交流将更紧密。");
        assertTrue(n.contains("驻西雅图办事处"), n.toString());
        assertFalse(organizations("驻京办事处主任王小明表示,将加强联络。").contains("驻京办事处"));
    }

    @Test
    void aSectorsBodiesAreAKindNotABody() {
        assertTrue(organizations("省直相关部门负责人、归口管理社会组织代表等参加开幕式。").isEmpty(),
                () -> organizations("省直相关部门负责人、归口管理社会组织代表等参加开幕式。").toString());
        assertTrue(organizations("代表团将与青河政府机构和青河民间团体的高层恳谈。").stream().noneMatch(n -> n.endsWith("民间团体")));
    }

    @Test
    void theYearsRoundBeforeAGovernmentIsNoPartOfItsName() {
        Set<String> n = organizations("2032年度中国政府“交流奖”评选结果揭晓。");
        assertFalse(n.contains("年度中国政府"), n.toString());
        assertTrue(n.contains("中国政府"), n.toString());
    }

    @Test
    void theSarLiaisonOfficeNamedShortIsTheOffice() {
        Set<String> n = MadeUpSentences.entityKeys("香港中联办副主任陈大文出席了酒会。");
        assertTrue(n.contains("ORGANIZATION 中央人民政府驻香港特别行政区联络办公室"), n.toString());
    }

    @Test
    void theCentralGovernmentsPortalOnItsSourceLineIsAnOutlet() {
        Set<String> n = MadeUpSentences.entityKeys("中央政府门户网站 www.gov.cn 2031年05月06日 来源:青河日报");
        assertTrue(n.contains("ORGANIZATION 中央政府门户网站"), n.toString());
    }

    @Test
    void besidesBeforeAPlaceOpensNoBodysName() {
        Set<String> n = organizations("此次访团除秋田市政府、秋田市议会外,亦有商界贵宾同行。");
        assertTrue(n.contains("秋田市政府"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.contains("除")), n.toString());
    }

    @Test
    void aHongKongDistrictsBodyKeepsTheRegionsName() {
        Set<String> n = organizations("香港湾仔区各界协会与某地友好协会举行签约仪式。");
        assertTrue(n.contains("香港湾仔区各界协会"), n.toString());
    }

    @Test
    void aPlaceAndSeniorMiddleSchoolBeforeACommonNounIsNoSchool() {
        for (String text : List.of("苏州市高中毕业生赴杭州交流。", "全省高中阶段学校代表出席。", "苏州高中学生参加了活动。")) {
            Set<String> k = MadeUpSentences.entityKeys(text);
            assertTrue(k.stream().noneMatch(o -> o.startsWith("ORGANIZATION") && o.endsWith("高中")), text + " " + k);
        }
        assertTrue(MadeUpSentences.entityKeys("苏州市实验高中与杭州市签署协议。").contains("ORGANIZATION 苏州市实验高中"));
    }

    @Test
    void aFunctionVerbBeforeAChineseDepartmentsHeadIsPartOfItsName() {
        Set<String> o = MadeUpSentences.organizations("当天,白沙市市场监督管理局与蒙古国青河省技术监督局签署了合作备忘录。");
        assertTrue(o.contains("白沙市市场监督管理局"), o.toString());
        // a foreign department's name is a translation, left to the other readings
        List<Token> t = List.of(new Token(0, 3, "青河省", "ns"),
                new Token(3, 7, "经济发展", "v"), new Token(7, 8, "部", "n"));
        Candidate foreign = new Candidate(0, 3, EntityType.PROVINCE, "青河", "甲国", Candidate.Source.PATTERN);
        Candidate home = new Candidate(0, 3, EntityType.PROVINCE, "青河", "中国", Candidate.Source.PATTERN);
        assertTrue(OrganizationRecognizer.functionVerbBefore(t, 2, t.get(2), "部", List.of(home)));
        assertTrue(!OrganizationRecognizer.functionVerbBefore(t, 2, t.get(2), "部", List.of(foreign)));
        // a person's verb before the head names no department
        assertTrue(MadeUpSentences.organizations("市长张三来到局里调研。").isEmpty());
    }

    @Test
    void aFunctionVerbBeforeAHeadWordTheSegmenterJoinedOpensTheNameAfterAPlace() {
        List<Token> t = List.of(new Token(0, 3, "丁野县", "ns"), new Token(3, 5, "规划", "v"), new Token(5, 8, "推进部", "nt"));
        Candidate japanese = new Candidate(0, 3, EntityType.PROVINCE, "丁野", "日本", Candidate.Source.PATTERN);
        Candidate home = new Candidate(0, 3, EntityType.CITY, "丁野", "中国", Candidate.Source.PATTERN);
        assertTrue(OrganizationRecognizer.functionVerbBefore(t, 2, t.get(2), "部", List.of(japanese)));
        assertTrue(OrganizationRecognizer.functionVerbBefore(t, 2, t.get(2), "部", List.of(home)));
        Set<String> o = MadeUpSentences.organizations("由日本丁野县规划推进部主办的书法展在青河开幕。");
        assertTrue(o.contains("丁野县规划推进部"), o.toString());
        // a body acting on another (甲院 + 授权 + 某某局) opens no name of the other
        List<Token> acting = List.of(new Token(0, 3, "青河院", "nt"), new Token(3, 5, "授权", "v"), new Token(5, 11, "丙丁专家局", "nt"));
        assertFalse(OrganizationRecognizer.functionVerbBefore(acting, 2, acting.get(2), "局", List.of()));
    }

    @Test
    void aOneCharacterWordOfOfficeAfterAListedTitleStaysInTheNextName() {
        Set<String> o = organizations("青河学院院长、暨南大学教授李明出席了座谈会。"); // 暨 opens 暨南大学 here
        assertTrue(o.stream().noneMatch(n -> n.equals("南大学")), o.toString());
    }

    @Test
    void aWordOfHoldingOfficeBeforeABodyOpensNoPartOfItsName() {
        Set<String> o = organizations("会长兼松岭县农业技术协会秘书长王小川致辞。");
        assertTrue(o.contains("松岭县农业技术协会") && o.stream().noneMatch(n -> n.startsWith("兼")), o.toString());
    }

    @Test
    void thePrepositionAfterADaysDateOpensNoPartOfTheBodysName() {
        Set<String> o = organizations("代表团于9日以松岭县侨联副主席为团长出访。");
        assertTrue(o.contains("松岭县侨联") && o.stream().noneMatch(n -> n.startsWith("以")), o.toString());
    }
}

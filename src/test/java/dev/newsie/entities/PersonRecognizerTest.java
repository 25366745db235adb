package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the ways news writes a person's name beside a title. */
class PersonRecognizerTest {
    private static final PersonRecognizer persons = PersonRecognizer.load();

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(persons.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void the为OfTheFrame以为代表IsNoPartOfTheName() {
        Set<String> n = names("以市长贾元、副会长柯明为代表的诸位嘉宾出席开幕式。");
        assertTrue(n.contains("贾元") && n.contains("柯明"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("为")), n.toString());
    }

    @Test
    void aVerbRightAfterAGenericRoleWordOpensThePredicate() {
        // a city of a foreign country before 领导 makes the run after it a candidate Han-written foreign name
        Set<String> n = names("越南北江省北江市和广宁省下龙市领导出席论坛。各国代表参加会议。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("出席") || x.startsWith("参加")), n.toString());
    }

    @Test
    void aNameAfterTheTitleOfAContingentsCommanderIsAPerson() {
        Set<String> n = names("第五批赴南苏丹维和部队指挥长张建平等十人获得表彰。");
        assertTrue(n.contains("张建平"), n.toString());
    }

    @Test
    void aSectionOfABodyAfterATitleWordIsNoName() {
        Set<String> n = names("活动由园区服务中心、秘书管理科和宣传室承办。");
        assertFalse(n.contains("管理科"), n.toString());
    }

    @Test
    void aTaiwanBylineNameEndsAtTheSlashBeforeThePlace() {
        Set<String> n = names("〔记者王美玲／台中报导〕市府今天举办活动。");
        assertTrue(n.contains("王美玲"), n.toString());
    }

    @Test
    void aTitledNameEndsWhereTheSegmentersVerbBegins() {
        Set<String> n = names("仪式上,市长李强发表讲话,局长赵刚成为嘉宾。");
        assertTrue(n.contains("李强") && n.contains("赵刚"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.equals("李强发") || x.equals("赵刚成")), n.toString());
    }

    @Test
    void aTitledNameEndsBefore代表() {
        Set<String> n = names("开幕式上,副市长李华代表甘肃省政府致辞,市长王明代表市政府向嘉宾赠送纪念品。");
        assertTrue(n.contains("李华") && n.contains("王明"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("代")), n.toString());
    }

    @Test
    void aTitledNameEndingIn代Before表示IsKept() {
        Set<String> n = names("会见中,市长孙立代表示欢迎。");
        assertTrue(n.contains("孙立代"), n.toString());
    }

    @Test
    void aTitledNameIsKeptWhereTheSegmenterReadsATimeWordAcrossIt() {
        Set<String> n = names("台州市市长周文清代表台州市致辞。");
        assertTrue(n.contains("周文清"), n.toString());
    }

    @Test
    void aTaiwanChiefSecretaryIsATitle() {
        Set<String> n = names("主秘王美华今天出席两市交流活动。");
        assertTrue(n.contains("王美华"), n.toString());
    }

    @Test
    void aMalaysianHonorificStandsBetweenTheOfficeAndTheName() {
        Set<String> n = names("槟岛市长拿督林志明与来宾交流。");
        assertTrue(n.contains("林志明"), n.toString());
    }

    @Test
    void aMalayNameInTheMalaysianPressFormFollowsTheHonorific() {
        // 哈芝 (Haji) and 莫哈末 (Mohamad) are that press's forms, outside the Xinhua table
        Set<String> n = names("某州首长拿督斯里哈芝莫丁强调合作。州议员拿督莫哈末表示欢迎。");
        assertTrue(n.contains("哈芝莫丁"), n.toString());
        assertTrue(n.contains("莫哈末"), n.toString());
    }

    @Test
    void japaneseNameAfterATitleEndsAtTheNextWord() {
        Set<String> n = names("青木町町长铃木一郎及町议会议长高桥次郎率团来访。");
        assertTrue(n.contains("铃木一郎"), n.toString());
        assertTrue(n.contains("高桥次郎"), n.toString());
        assertFalse(n.contains("青木町"), "a town before its head's title is no person");
    }

    @Test
    void titleListedAfterAJapaneseNameIntroducesAnotherOne() {
        Set<String> n = names("日本某市副市长久保田晃、议长永松三郎一行到访。");
        assertTrue(n.contains("永松三郎"), n.toString());
    }

    @Test
    void nameDoesNotEndInsideAWordOrInACitySuffix() {
        Set<String> n = names("美国加州钻石吧市议员刘大林提及此事。");
        assertFalse(n.contains("刘大林提"), n.toString());
        assertTrue(names("日本东京八王子市市长黑须一郎致辞。").stream().noneMatch(x -> x.endsWith("市")));
    }

    @Test
    void titledListGoesOnInTheSameForeignCountry() {
        Set<String> n = names("韩国釜山市市长朴大俊、副市长权小植出席,日本友人藤井一郎也参加。");
        assertTrue(n.contains("权小植"), n.toString());
        assertTrue(n.contains("藤井一郎"), n.toString());
    }

    @Test
    void nameBetweenATitleAndASigningVerbEndsAtTheVerb() {
        Set<String> n = names("市外事办公室主任王建国签署了备忘录。");
        assertTrue(n.contains("王建国"), n.toString());
    }

    @Test
    void transliteratedNameAfterAForeignGovernorsTitleIsAPerson() {
        Set<String> n = names("泰国某府府尹巴差出席。");
        assertTrue(n.contains("巴差"), n.toString());
    }

    @Test
    void kanjiNameAfterTheTitleOfACityWhoseSuffixStandsApart() {
        Set<String> n = names("他拜会了北九州市市长平田义男。");
        assertTrue(n.contains("平田义男"), n.toString());
    }

    @Test
    void japaneseNameWithThreeCharacterGivenName() {
        Set<String> n = names("日本神户市副市长小松由纪子在座。");
        assertTrue(n.contains("小松由纪子"), n.toString());
    }

    @Test
    void givenNameWrittenWithHeIsNotCutAtIt() {
        Set<String> n = names("校长渡边美和子随团来访。");
        assertTrue(n.contains("渡边美和子"), n.toString());
    }


    @Test
    void givenNameEndingInAParticleIsWholeBeforePunctuationOrAConjunction() {
        Set<String> n = names("青河县县长周明介，今天与湖北县长郑淑和与来宾座谈。");
        assertTrue(n.contains("周明介"), n.toString());
        assertTrue(n.contains("郑淑和"), n.toString());
    }

    @Test
    void conjunctionBeforeAWordItOpensIsNoPartOfTheName() {
        Set<String> n = names("主席孔志和在场嘉宾合影留念。");
        assertFalse(n.contains("孔志和"), n.toString());
    }

    @Test
    void theSegmentersNameRunsOnOverAParticleThatEndsIt() {
        Set<String> n = names("出席的还有副议长罗家和，以及议员方宗介等人。");
        assertTrue(n.contains("罗家和"), n.toString());
        assertTrue(n.contains("方宗介"), n.toString());
    }

    @Test
    void aNameAfterATitleEndsWhereTheSegmentersVerbBegins() {
        Set<String> n = names("会议由议长吴正太大力推动。");
        assertTrue(n.contains("吴正太"), n.toString());
    }

    @Test
    void namesBeforeCreditWordsAreContributors() {
        Set<String> n = names("两地代表交流了经验。（何晓晴供稿/邓力摄影）\n沈婷　摄");
        assertTrue(n.contains("何晓晴"), n.toString());
        assertTrue(n.contains("邓力"), n.toString());
        assertTrue(n.contains("沈婷"), n.toString());
    }

    @Test
    void aCreditClosingAPhotosCaptionNamesThePhotographer() {
        Set<String> n = names("图为青河中学合唱队在礼堂排练。贾凡 摄\n嘉宾们参观新建的码头。黄山摄");
        assertTrue(n.contains("贾凡"), n.toString());
        assertTrue(n.contains("黄山"), n.toString()); // a city's name too, but a caption's credit names no place of filing
    }

    @Test
    void aReportCreditAfterASentenceIsADatelineNoPerson() {
        Set<String> n = names("两市将在港口物流领域深化合作。黄山报道");
        assertFalse(n.contains("黄山"), n.toString());
    }

    @Test
    void japaneseGivenNameEndingIn介AndOneAfterASegmentersFamilyName() {
        Set<String> n = names("议长佐藤健介代表町议会签字，町官员田中英司、町长平山和宏在场。");
        assertTrue(n.contains("佐藤健介"), n.toString());
        assertTrue(n.contains("田中英司"), n.toString());
        assertTrue(n.contains("平山和宏"), n.toString());
    }

    @Test
    void japaneseNameAfterATitleEndsWhereTheSegmentersVerbBegins() {
        Set<String> n = names("乙市市长中村和彦签下友好协议。");
        assertTrue(n.contains("中村和彦"), n.toString());
    }

    @Test
    void japaneseGivenNameMayEndIn也() {
        Set<String> n = names("日本丙市市长山本和也率团来访。");
        assertTrue(n.contains("山本和也"), n.toString());
    }

    @Test
    void aNameAfterANationalityAnd籍IsAPerson() {
        Set<String> n = names("日本籍铃木一郎获得友谊奖，日本籍员工出席。");
        assertTrue(n.contains("铃木一郎"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("员工")), n.toString());
    }

    @Test
    void aOnePartForeignNameAfterANationalityOrAKindOfPersonIsAPerson() {
        Set<String> n = names("德国人瓦格纳、日本友人铃木一郎、法国专家杜邦等获此殊荣，美国人口众多，德国友人代表出席。");
        assertTrue(n.contains("瓦格纳"), n.toString());
        assertTrue(n.contains("铃木一郎"), n.toString());
        assertTrue(n.contains("杜邦"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("口") || x.contains("代表")), n.toString());
    }

    @Test
    void aNameEndsWhereAVerbOfReceivingAnHonourBegins() {
        Set<String> n = names("日本人山田一郎获此殊荣，韩国籍金敏浩获颁证书。");
        assertTrue(n.contains("山田一郎"), n.toString());
        assertTrue(n.contains("金敏浩"), n.toString());
    }

    @Test
    void okinawanFamilyNameAfterATitle() {
        Set<String> n = names("丁市市长比嘉正人(右)出席仪式。");
        assertTrue(n.contains("比嘉正人"), n.toString());
    }

    @Test
    void aFamilyNameAndATitleIsAFormOfAddressNotAName() {
        Set<String> n = names("王市长表示，两市合作成果丰硕。");
        assertTrue(n.stream().noneMatch(x -> x.contains("市长")), n.toString());
    }

    @Test
    void koreanFamilyNameAfterATitle() {
        Set<String> n = names("甲郡郡守朴正浩进行了友好会谈。");
        assertTrue(n.contains("朴正浩"), n.toString());
    }

    @Test
    void noTitleWhereAPlaceBeginsInsideItAndRunsOn() {
        Set<String> n = names("湖南省长沙市代表出席，友好城市大会长沙开幕。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void nameEndsBeforeAMealMeeting() {
        Set<String> n = names("另将与青河协会会长周文华餐叙。");
        assertTrue(n.contains("周文华"), n.toString());
    }

    @Test
    void officesOfBoardsSchoolsAndMinistriesStandBeforeNames() {
        assertTrue(names("基金会理事周明远、教务长许静文与外务大臣山口健太郎出席。").containsAll(Set.of("周明远", "许静文", "山口健太郎")),
                names("基金会理事周明远、教务长许静文与外务大臣山口健太郎出席。").toString());
    }

    @Test
    void anOrdinaryWordAfterATitleOrCountIsNoName() {
        Set<String> n = names("各代表团团长包括:青河市市长王立新。来自五国的300余名代表出席。白山市长曾在青河生活。");
        assertFalse(n.contains("包括"), n.toString());
        assertFalse(n.contains("余名"), n.toString());
        assertFalse(n.contains("曾在"), n.toString());
        assertTrue(n.contains("王立新"), n.toString());
    }

    @Test
    void aJapaneseFamilyNameAndATitleIsAFormOfAddress() {
        Set<String> n = names("两市合作成果丰富。森田市长、石川议长表示愿共同努力。");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("市长") || x.endsWith("议长")), n.toString());
    }

    @Test
    void aTimeAdverbAfterAForeignNameEndsIt() {
        Set<String> n = names("会上,马克·泰勒日前获得的奖章被展出,彼得·范登堡正式成为该会会员。");
        assertTrue(n.contains("马克·泰勒") && n.contains("彼得·范登堡"), n.toString());
    }

    @Test
    void theWordForAcceptingAnInvitationAfterATitleIsNoName() {
        Set<String> n = names("总领事偕领馆各科室负责人应邀参观白湖郡农场。");
        assertFalse(n.contains("应邀"), n.toString());
    }

    @Test
    void aLecturerIsNamedAfterHisTitle() {
        Set<String> n = names("副会长王立会见白湖女子大学讲师中村和美。");
        assertTrue(n.contains("中村和美"), n.toString());
    }

    @Test
    void aJapaneseNameAfterATitleEndsWhereAnAdverbBegins() {
        Set<String> n = names("访问团团长、青原日本中国友好协会会长小野正治首先致辞并说明来意。");
        assertTrue(n.contains("小野正治"), n.toString());
    }

    @Test
    void aChargeDAffairesIsATitleBeforeAName() {
        Set<String> n = names("中国驻甲国使馆临时代办王立平、驻乙城总领事赵文出席活动。");
        assertTrue(n.contains("王立平"), n.toString());
        n = names("会见时,我驻丙国使馆临时代办孙晓东在座。");
        assertTrue(n.contains("孙晓东"), n.toString());
    }

    @Test
    void aJapaneseGivenNameEndsBeforeTheTitleWrittenAfterIt() {
        Set<String> n = names("日本某县甲林市山口正男市长、大野浩议长今日率团拜会。");
        assertTrue(n.contains("大野浩"), n.toString());
        assertFalse(n.contains("大野浩议长"), n.toString());
    }

    @Test
    void aDoubleBarrelledForeignNameKeepsBothPartsAndItsHyphen() {
        Set<String> n = names("分别会见甲国地方政府协会副主席纳姆波-卢卡斯和总统府部长德拉米-卡玛。");
        assertTrue(n.contains("纳姆波-卢卡斯") && n.contains("德拉米-卡玛"), n.toString());
        assertFalse(n.contains("纳姆波") || n.contains("德拉米"), n.toString());
    }

    @Test
    void aTitleJoinedByAConjunctionAfterAJapaneseNameIntroducesAnotherOne() {
        Set<String> n = names("日本青山市长佐藤一郎与议长丸子善夫共同率访团来访。");
        assertTrue(n.contains("佐藤一郎") && n.contains("丸子善夫"), n.toString());
    }

    @Test
    void aRecipientNamedBeforeFormerAndTitleAfterThePrepositionOfGiving() {
        Set<String> n = MadeUpSentences.entityKeys("市长颁发“荣誉市民证书”予长谷川一郎前议长,以感谢其贡献。");
        assertTrue(n.contains("PERSON 长谷川一郎"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.endsWith("前")), n.toString());
    }

    @Test
    void aJapaneseGivenNameEndingIn司BeforeFormerAndTitleIsAName() {
        Set<String> n = MadeUpSentences.entityKeys("市长颁发“荣誉市民证书”予长谷川健司前议长，感谢其长年推动交流。");
        assertTrue(n.contains("PERSON 长谷川健司"), n.toString());
    }

    @Test
    void aHongKongDistrictOfficersNameFollowsTheTitle() {
        Set<String> n = names("湾仔区民政事务专员陈大文出席并见证签约。");
        assertTrue(n.contains("陈大文"), n.toString());
    }

    @Test
    void aOnePartForeignNameWithASyllableOfTheRussianOrEnglishTableIsRead() {
        Set<String> n = names("会上,乙市市长萨苗林表示欢迎,丙国驻华大使莫肖恩·达塔也出席。");
        assertTrue(n.contains("萨苗林") && n.contains("莫肖恩·达塔"), n.toString());
    }

    @Test
    void aCommonCharacterAfterAOnePartNameIsNoPartOfIt() {
        Set<String> n = names("甲国某州州长拉卡永远支持两地交流。");
        assertFalse(n.contains("拉卡永"), n.toString());
        Set<String> m = names("会上,甲国总理加永等领导人出席。");
        assertTrue(m.contains("加永"), m.toString());
    }

    @Test
    void aJapaneseFamilyNameAloneIsDroppedWhereTheFullNameIsWritten() {
        Set<String> n = names("领事松本健一出席了酒会。随后松本总领事致辞。");
        assertTrue(n.contains("松本健一") && !n.contains("松本"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("总领事")), n.toString());
    }

    @Test
    void aContributorNamedInOneLatinWordIsNoCommonWord() {
        Set<String> n = names("两地学生在湖边合影。\n\n来源:某某网\n\n编译:Mina校对:周文");
        assertTrue(n.contains("Mina"), n.toString());
    }

    @Test
    void aSuffixAfterARoleWordMakesItAGroupNotATitleBeforeAName() {
        // After a foreign place the run after a role word would otherwise read as a Han-written foreign name:
        // 团 (代表团, a delegation) before 来四川, 们 (专家们, the plural of persons) before 一同, 会 (理事会, 委员会, a
        // council) before 通过 or 主席
        assertEquals(Set.of(), names("瑞士巴塞尔市代表团来四川、成都参访。"));
        assertEquals(Set.of(), names("德国莱比锡市专家们一同考察了园区。"));
        assertEquals(Set.of(), names("瑞典马尔默市理事会通过了决议。"));
        assertEquals(Set.of(), names("德国汉堡市委员会主席讲话。"));
        // a title after the group's word still leads its holder's name
        assertEquals(Set.of("李华"), names("智利瓦尔帕莱索市代表团赴丙市交流，代表团团长李华致辞。"));
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the ways news writes a person's name beside a title. */
class PersonRecognizerTest {
    private static PersonRecognizer persons;
    private static PlaceRecognizer places;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        persons = PersonRecognizer.load();
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        places = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, persons.transliterationCharacters());
    }

    private static Set<String> names(String text) {
        List<Token> tokens = hanlp.analyse(text).tokens();
        List<Candidate> found = places.recognize(text, tokens);
        found.sort(java.util.Comparator.comparingInt(Candidate::start));
        return persons.recognize(text, found, tokens).stream().filter(c -> c.type() == EntityType.PERSON)
                .map(Candidate::name).collect(Collectors.toSet());
    }

    @Test
    void aTitledInterpunctNameMayBeginWithAForeignPlaceName() {
        // 阿马帕 is a Brazilian state in the gazetteer; after a title it is the first syllables of the name
        Set<String> n = names("卡斯特利翁市市长阿马帕罗·马科代表该市签字。");
        assertTrue(n.contains("阿马帕罗·马科"), n.toString());
        assertFalse(n.contains("罗·马科"), n.toString());
    }

    @Test
    void aTaiwanBylineNameEndsAtTheSlashBeforeThePlace() {
        Set<String> n = names("〔记者王美玲／台中报导〕市府今天举办活动。");
        assertTrue(n.contains("王美玲"), n.toString());
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
    void aVerbOfConferringAfterAPlaceIsNoPartOfTheNameAfterIt() {
        Set<String> n = names("5日,衢州市授予约翰·史密斯“荣誉市民”称号,丽水市向玛丽亚·罗西颁发证书。");
        assertTrue(n.contains("约翰·史密斯"), n.toString());
        assertTrue(n.contains("玛丽亚·罗西"), n.toString());
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
    void nameBeforeItsTitleAfterAnOrganisationOrPunctuation() {
        Set<String> n = names("市议会王小强议长出席,县政府李大同秘书长致辞,张大海主任也到场。");
        assertTrue(n.contains("王小强"), n.toString());
        assertTrue(n.contains("李大同"), n.toString());
        assertTrue(n.contains("张大海"), n.toString());
    }

    @Test
    void wordsBeforeATitleAreNoName() {
        assertFalse(names("会议定于周一市长办公会讨论。").contains("周一"));
        Set<String> n = names("开发区管委会主任、文旅局局长和常务副市长出席。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void nameBeforeABracketedTitle() {
        Set<String> n = names("座谈会上,山田花子(某友好协会会长)、朴成浩(某市议员)先后发言。");
        assertTrue(n.contains("山田花子"), n.toString());
        assertTrue(n.contains("朴成浩"), n.toString());
    }

    @Test
    void placeWhereAnEnvoyIsPostedIsNoName() {
        assertFalse(names("我国驻圣文森大使范美君出席。").contains("圣文森"));
    }

    @Test
    void nameAndTitleAfterDe() {
        assertTrue(names("出身青州的吴东淮市长表示欢迎。").contains("吴东淮"));
    }

    @Test
    void particleAfterATitleIsNoPartOfAForeignName() {
        Set<String> n = names("现任多家公司董事的贝克·安德森出席。");
        assertTrue(n.contains("贝克·安德森"), n.toString());
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
    void interpunctNamesJoinedByAConjunctionAreSeparatePeople() {
        Set<String> n = names("德国籍人士彼得·施密特和玛丽·布朗与汉斯·穆勒获奖。");
        assertTrue(n.containsAll(Set.of("彼得·施密特", "玛丽·布朗", "汉斯·穆勒")), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("籍") || x.contains("和")), n.toString());
    }

    @Test
    void numberedLineNameStartsAfterTheNumber() {
        Set<String> n = names("获奖名单：\n1.理查德·霍尔\n2.安娜·贝克");
        assertTrue(n.contains("理查德·霍尔"), n.toString());
        assertTrue(n.contains("安娜·贝克"), n.toString());
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
    void conventionalFirstNameAfterACommonWordIsCutFromIt() {
        Set<String> n = names("随后，美方约翰·史密斯出席了会议。");
        assertTrue(n.contains("约翰·史密斯"), n.toString());
    }

    @Test
    void countryNameOpeningATitledForeignNameIsPartOfIt() {
        Set<String> n = names("大使馆参赞马里奥斯·帕帕斯出席。");
        assertTrue(n.contains("马里奥斯·帕帕斯"), n.toString());
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
    void prepositionAfterTheSegmentersNameEndsIt() {
        Set<String> n = names("参议员玛丽亚·洛佩斯随团访问。");
        assertTrue(n.contains("玛丽亚·洛佩斯"), n.toString());
    }

    @Test
    void namesClosedByDengBeforeAnActAreAList() {
        Set<String> n = names("高建、吴立平等出席了仪式。");
        assertTrue(n.contains("高建") && n.contains("吴立平"), n.toString());
    }

    @Test
    void honorificAfterAnInterpunctNameEndsIt() {
        Set<String> n = names("大使马克·勒鲁阁下致辞。");
        assertTrue(n.contains("马克·勒鲁"), n.toString());
    }

    @Test
    void givenNameWrittenWithHeIsNotCutAtIt() {
        Set<String> n = names("校长渡边美和子随团来访。");
        assertTrue(n.contains("渡边美和子"), n.toString());
    }

    @Test
    void hyphenatedFirstNameGoesOnBeforeTheHyphen() {
        Set<String> n = names("市长让-皮埃尔·杜兰德出席。");
        assertTrue(n.contains("让-皮埃尔·杜兰德"), n.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the ways news writes a foreign name with an interpunct. */
class InterpunctNamesTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.interpunctNames(text);
    }

    @Test
    void aGatheringNamedForItsHostPlaceAfterTheDotIsNoNameOfAPersonOrPlace() {
        Set<String> keys = MadeUpSentences.entityKeys("题为“城市开放”的“友城青年对话·柳州”活动于3月5日在柳州市举行,"
                + "“青年论坛·南宁”同期开幕。");
        assertTrue(keys.stream().noneMatch(k -> k.contains("·")), keys.toString());
        assertTrue(keys.contains("CITY 柳州"), keys.toString());
    }

    @Test
    void anUntitledNameWhoseFirstPartTheSegmenterKnowsAsForeignIsRead() {
        // 彼得 and 大卫 hold characters (得, 卫, 大) no transliteration table lists; HanLP tags them nrf
        Set<String> n = names("晚宴上彼得·格林说,两市友谊长存。会上,大卫·格林发表讲话。");
        assertTrue(n.contains("彼得·格林") && n.contains("大卫·格林"), n.toString());
    }

    @Test
    void theCopulaBeforeAListOfNamesIsNoPartOfTheFirstName() {
        Set<String> n = names("本届获奖的3位外籍专家是约翰·史密斯、玛丽·布朗、汉斯·穆勒,分属三国。");
        assertTrue(n.contains("约翰·史密斯") && n.contains("玛丽·布朗"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("是")), n.toString());
    }

    @Test
    void aTitledInterpunctNameMayBeginWithAForeignPlaceName() {
        // 阿马帕 is a Brazilian state in the gazetteer; after a title it is the first syllables of the name
        Set<String> n = names("卡斯特利翁市市长阿马帕罗·马科代表该市签字。");
        assertTrue(n.contains("阿马帕罗·马科"), n.toString());
        assertFalse(n.contains("罗·马科"), n.toString());
    }

    @Test
    void aTitledNameWhoseLastPartIsAForeignCityStaysOnePerson() {
        // 钱 is in no transliteration table, and 里昂 is a French city in the gazetteer; after a title, the dotted run
        // (a full stop standing for the interpunct) is one person
        Set<String> keys = MadeUpSentences.entityKeys("授予包括白国前财政部长钱德.里昂在内的5名外籍人士荣誉市民称号。");
        assertTrue(keys.contains("PERSON 钱德·里昂"), keys.toString());
        assertTrue(!keys.contains("CITY 里昂"), keys.toString());
    }

    @Test
    void aTitleHoldersNameAndAPrepositionOfConferringComeBeforeTheForeignName() {
        Set<String> n = names("仪式上,市长王明为约翰·史密斯颁发证书,副市长李华为玛丽亚·冈萨雷斯颁奖。");
        assertTrue(n.contains("约翰·史密斯") && n.contains("玛丽亚·冈萨雷斯"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("为")), n.toString());
    }

    @Test
    void aVerbOfConferringAfterAPlaceIsNoPartOfTheNameAfterIt() {
        Set<String> n = names("5日,衢州市授予约翰·史密斯“荣誉市民”称号,丽水市向玛丽亚·罗西颁发证书。");
        assertTrue(n.contains("约翰·史密斯"), n.toString());
        assertTrue(n.contains("玛丽亚·罗西"), n.toString());
    }

    @Test
    void particleAfterATitleIsNoPartOfAForeignName() {
        Set<String> n = names("现任多家公司董事的贝克·安德森出席。");
        assertTrue(n.contains("贝克·安德森"), n.toString());
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
    void prepositionAfterTheSegmentersNameEndsIt() {
        Set<String> n = names("参议员玛丽亚·洛佩斯随团访问。");
        assertTrue(n.contains("玛丽亚·洛佩斯"), n.toString());
    }

    @Test
    void honorificAfterAnInterpunctNameEndsIt() {
        Set<String> n = names("大使马克·勒鲁阁下致辞。");
        assertTrue(n.contains("马克·勒鲁"), n.toString());
    }

    @Test
    void hyphenatedFirstNameGoesOnBeforeTheHyphen() {
        Set<String> n = names("市长让-皮埃尔·杜兰德出席。");
        assertTrue(n.contains("让-皮埃尔·杜兰德"), n.toString());
    }

    @Test
    void aOneCharacterVerbOrACountAfterTheSegmentersNameEndsIt() {
        Set<String> n = names("马克·怀特获此殊荣。向安娜·贝克、汉斯·穆勒两名外国专家颁奖。");
        assertTrue(n.contains("马克·怀特"), n.toString());
        assertTrue(n.contains("汉斯·穆勒"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("获") || x.contains("两名")), n.toString());
    }

    @Test
    void aTitledSubjectAndAPrepositionBeforeAForeignNameAreNoPartOfIt() {
        Set<String> n = names("甲市市长王大成向彼得·施密特颁发证书，副市长李四海为约翰·布朗颁奖。");
        assertTrue(n.contains("彼得·施密特"), n.toString());
        assertTrue(n.contains("约翰·布朗"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("向") || x.contains("为")), n.toString());
    }

    @Test
    void aVerbAfterTheNounBeforeANameIsNoPartOfIt() {
        Set<String> n = names("受表彰的外国友人包括约翰·布朗、马克·怀特。");
        assertTrue(n.contains("约翰·布朗"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("包括")), n.toString());
    }

    @Test
    void aTitleRightAfterTheLastPartEndsTheName() {
        Set<String> n = names("市长会见了帕维尔·伊万诺夫州长一行。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("帕维尔·伊万诺夫")), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.contains("州")), n.toString());
    }

    @Test
    void theNationalityNounBeforeTheNameIsNoPartOfIt() {
        Set<String> n = names("比利时人卢卡·范德维尔德在当地生活了十年。");
        assertTrue(n.contains("卢卡·范德维尔德"), n.toString());
    }

    @Test
    void aPrepositionOfConferringAfterATitleAndABareBodyStartsTheName() {
        Set<String> n = names("副省长李平代表省政府向大卫·格林颁发证书。");
        assertTrue(n.contains("大卫·格林"), n.toString());
    }

    @Test
    void theFrameOfBesidesAroundANameIsNoPartOfIt() {
        Set<String> n = names("获奖的专家除汉斯·穆勒外,还包括彼得·格林等人。");
        assertTrue(n.contains("汉斯·穆勒") && n.contains("彼得·格林"), n.toString());
        assertFalse(n.contains("除汉斯·穆勒外"), n.toString());
        Set<String> m = names("昨天获颁证书的外籍人士除汉斯·穆勒外,还包括彼得·格林等人。");
        assertTrue(m.contains("汉斯·穆勒"), m.toString());
    }

    @Test
    void aDoubleBarrelledFamilyNameGoesOnAfterItsHyphen() {
        Set<String> n = names("市长格特鲁德·马尔茨-施瓦茨费格出席。");
        assertTrue(n.contains("格特鲁德·马尔茨-施瓦茨费格"), n.toString());
    }

    @Test
    void aFirstNameThatIsAlsoACitysNameOpensTheNameAfterATitle() {
        // 亚历山大 and 维多利亚 are cities in the gazetteer; right after a title and before the dot they are first names
        Set<String> n = names("昨日下午,港务局总经理亚历山大·波尔塔宁率先发言;随后,副市长维多利亚·梅伦介绍了航线计划。");
        assertTrue(n.contains("亚历山大·波尔塔宁") && n.contains("维多利亚·梅伦"), n.toString());
        assertTrue(names("总领事美国·梅伦也到场了。").stream().noneMatch(x -> x.startsWith("美国")));
    }

    @Test
    void aCoverbOfHandingOverBeforeTheNameIsNoPartOfIt() {
        assertEquals(Set.of("汉斯·穆勒"), names("答谢会上,区长颁授感谢状予汉斯·穆勒。"));
        assertEquals(Set.of("约翰·史密斯"), names("校方当天颁发纪念牌予约翰·史密斯,感谢他的捐赠。"));
    }

    @Test
    void anHonoraryStatusAfterTheNameIsNoPartOfIt() {
        assertEquals(Set.of("汉斯·穆勒"), MadeUpSentences.persons("区议会决定授予汉斯·穆勒荣誉居民。"));
        assertEquals(Set.of("保罗·罗西"), MadeUpSentences.persons("市议会通过决议,授予保罗·罗西荣誉公民。"));
    }

    @Test
    void scanningFromRunStartsFindsWhatTheDottedPatternFinds() {
        // made-up texts over Han (one outside the BMP), the marks, Latin and spaces
        String[] pieces = {"丹", "博", "伊尔", "\uD840\uDC00", "·", ".", "?", "．", "a", " ", "。"};
        Random random = new Random(57);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(found(InterpunctNames.DOTTED, text.toString()), found(InterpunctNames.DOTTED_FROM_RUN_START, text.toString()), text.toString());
        }
        assertEquals(List.of("3-8"), found(InterpunctNames.DOTTED_FROM_RUN_START, "会见 丹·博伊尔。"));
    }

    private static List<String> found(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}

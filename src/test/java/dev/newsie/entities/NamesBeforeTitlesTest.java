package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the ways news writes a name before its title. */
class NamesBeforeTitlesTest {
    private static final NamesBeforeTitles names = new NamesBeforeTitles(MadeUpSentences.SHAPES, JapaneseNames.load());

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        names.beforeTitles(a.text(), out, a.places(), a.tokens());
        names.beforeBracketedTitles(a.text(), out, a.places(), a.tokens());
        return MadeUpSentences.persons(out);
    }

    @Test
    void nameBeforeItsTitleAfterAnOrganisationOrPunctuation() {
        Set<String> n = names("市议会王小强议长出席,县政府李大同秘书长致辞,张大海主任也到场。");
        assertTrue(n.contains("王小强"), n.toString());
        assertTrue(n.contains("李大同"), n.toString());
        assertTrue(n.contains("张大海"), n.toString());
    }

    @Test
    void fullNameBeforeItsTitleAfterTheVerbWhoseObjectItIs() {
        assertTrue(names("会后他转交童志远会长的贺信。").contains("童志远"));
        assertTrue(names("双方还谈到邱海涛秘书长提出的建议。").contains("邱海涛"));
    }

    @Test
    void segmentersNameOfARarerFamilyBeforeItsTitle() {
        assertTrue(names("市议会童立新议长出席,各界代表到场。").contains("童立新"));
    }

    @Test
    void fullNameBeforeItsTitleAfterTheTimeWordOpeningItsClause() {
        assertTrue(names("今年汪建国市长再次访问乙市。").contains("汪建国"));
        assertTrue(names("去年吕文山副主任曾来访。").contains("吕文山"));
    }

    @Test
    void commonWordAfterAVerbBeforeATitleIsNoName() {
        Set<String> n = names("昨天宣布黄金周主任值班安排。");
        assertTrue(n.isEmpty(), n.toString());
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
    void foreignNameWithoutInterpunctBeforeItsTitle() {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(
                "论坛上,甲省副省长致辞,列克谢诺夫斯基州长(某国某州)、巴雅尔图门副省长(某国某省)发言。代表团同卡雷耶夫总统会谈。"
                + "罗马尼亚总理、法兰克市长和同事们出席。");
        List<Candidate> out = new ArrayList<>();
        names.transliteratedBeforeTitles(a.text(), out, a.places(), a.tokens());
        Set<String> n = MadeUpSentences.persons(out);
        assertTrue(n.containsAll(Set.of("列克谢诺夫斯基", "巴雅尔图门", "卡雷耶夫")), n.toString());
        assertFalse(n.contains("罗马尼亚"), n.toString());
        assertFalse(n.contains("法兰克"), n.toString());
    }

    @Test
    void noForeignNameIsReadBeforeAPlacesOfficeOrACompanysTitle() {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(
                "会上,卡雷洛斯克州长、巴雅尔图门副省长、阿尔达诺代理县长和伊万科索总裁、马卡里奥副董事长先后发言。");
        List<Candidate> out = new ArrayList<>();
        names.transliteratedBeforeTitles(a.text(), out, a.places(), a.tokens());
        Set<String> n = MadeUpSentences.persons(out);
        assertTrue(n.isEmpty(), n.toString());
        assertTrue(NamesBeforeTitles.placeOrCorporateTitle("常务副市长"));
        assertFalse(NamesBeforeTitles.placeOrCorporateTitle("副总统"));
    }

    @Test
    void nameAndTitleAfterDe() {
        assertTrue(names("出身青州的吴东淮市长表示欢迎。").contains("吴东淮"));
    }

    @Test
    void namesAppointedToATitleWith为() {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse("会议推选张明远、刘宏伟为名誉会长,聘请王建平为顾问。他被选为会长。");
        List<Candidate> out = new ArrayList<>();
        names.appointedAs(a.text(), out, a.places(), a.tokens());
        Set<String> n = MadeUpSentences.persons(out);
        assertTrue(n.containsAll(Set.of("张明远", "刘宏伟", "王建平")), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.contains("选")), n.toString());
    }

    @Test
    void aJapaneseNameBeforeItsTitleRightAfterThePlaceInJapan() {
        Set<String> n = names("日本岛根县冈田慎吾知事一行人15日拜会市政府。");
        assertTrue(n.contains("冈田慎吾"), n.toString());
    }

    @Test
    void noChineseNameIsReadRightAfterThePlaceBeforeATitle() {
        Set<String> n = names("日本岛根县文化课长出席。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aFamilyNameBeforeAnActingTitleIsNoFullName() {
        Set<String> n = names("闭幕仪式上,陈代理市长首先宣读宣言。");
        assertFalse(n.contains("陈代理"), n.toString());
    }

    @Test
    void aJapaneseFamilyNameAloneBeforeATitleOrFormOfAddressIsThePerson() {
        Set<String> n = names("会上井上女士介绍了两地的交往。酒会由驻青河松本总领事主持。");
        assertTrue(n.contains("井上") && n.contains("松本"), n.toString());
        assertFalse(names("森田市长出席了仪式。").contains("森田"), "a city's mayor: no family name before a place office");
    }

    @Test
    void aJapaneseNameBeforeAFormOfAddressMayFollowAnyWord() {
        Set<String> n = names("欢迎老朋友中村和夫先生再次到访。");
        assertTrue(n.contains("中村和夫"), n.toString());
        assertTrue(names("欢迎老朋友王小明先生再次到访。").isEmpty(), "only a Japanese name's shape is read before 先生");
    }

    @Test
    void aJapaneseNameBeforeAFormOfAddressStartsAfterTheTitleBeforeIt() {
        // 长田 is a Japanese family name too: the last character of 市长 does not open the name
        assertFalse(names("青河市市长田村一夫先生出席。").contains("长田村一夫"), names("青河市市长田村一夫先生出席。").toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a transliterated name is glossed by its Latin original in brackets. */
class LatinGlossedNamesTest {
    @Test
    void aGlossedNameAfterACityIsAPerson() {
        Set<String> n = MadeUpSentences.persons("副市长一行拜会了奥伦多市萨莫(Peter Sammot)市长。");
        assertTrue(n.contains("萨莫"), n.toString());
    }

    @Test
    void aGlossedNameWithAMiddleWordIsAPerson() {
        Set<String> n = MadeUpSentences.persons("代表团拜会了佩兰州哈桑(Hasan Bin Omar)首席部长。");
        assertTrue(n.contains("哈桑"), n.toString());
    }

    @Test
    void aGlossedNameWithARarerSyllableIsReadWhole() {
        Set<String> n = MadeUpSentences.persons("座谈中,濮达尼(Paul Pudani)谈到了港口扩建的计划。");
        assertTrue(n.contains("濮达尼"), n.toString());
        assertFalse(n.contains("达尼"), n.toString());
        n = MadeUpSentences.persons("欢迎晚宴由议长维鞠拉诺(Ivo Vijulano)主持。");
        assertTrue(n.contains("维鞠拉诺"), n.toString());
        assertFalse(n.contains("拉诺") || n.contains("维鞠"), n.toString());
    }

    @Test
    void aOneCharacterVerbBeforeAGlossedNameIsNoRareSyllable() {
        Set<String> n = MadeUpSentences.persons("主持人请莫尼卡(Monica Rossi)致辞。");
        assertFalse(n.contains("请莫尼卡"), n.toString());
    }

    @Test
    void aOneWordGlossIsAPlacesNotAPersons() {
        Set<String> n = MadeUpSentences.persons("考察团乘车前往维斯布鲁(Westbrook)参观港口。");
        assertFalse(n.contains("维斯布鲁"), n.toString());
    }

    @Test
    void aRunCutBySuffixOrHeadIsNoName() {
        Set<String> n = MadeUpSentences.persons("代表团访问了里弗顿市(Riverton Borough),并出席湖区发展论坛(Lakeland Growth Forum)。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aGlossOpenedOrEndedByAPlacesWordIsNoPerson() {
        Set<String> n = MadeUpSentences.persons("考察团到访拉斯维加斯(Las Vegas),参观了斯坦福(Stanford University),晚宴在布里斯托尔(Bristol Hall)举行。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aChineseNameGlossedByAGivenAndFamilyNameIsAPerson() {
        Set<String> n = MadeUpSentences.persons("大会授予马来西亚籍人士林志远(Jason Lim)荣誉市民称号。");
        assertTrue(n.contains("林志远"), n.toString());
        n = MadeUpSentences.persons("当晚,新加坡企业家陈国华(Kelvin Tan)也出席了酒会。");
        assertTrue(n.contains("陈国华"), n.toString());
        n = MadeUpSentences.persons("会议决定授予泰国籍人士郑明达(Somchai Tang)荣誉市民称号。");
        assertTrue(n.contains("郑明达"), n.toString());
        assertFalse(n.contains("明达"), n.toString());
    }

    @Test
    void aGlossRunTogetherIsStillAName() {
        Set<String> n = MadeUpSentences.persons("出席者还有南非籍人士潘文达(PeterPan)。");
        assertTrue(n.contains("潘文达"), n.toString());
        n = MadeUpSentences.persons("副市长一行拜会了奥伦多市萨莫(PeterSammot)市长。");
        assertTrue(n.contains("萨莫"), n.toString());
        n = MadeUpSentences.persons("帕劳驻台大使何美玲(Grace Ngirmang)到场祝贺。");
        assertTrue(n.contains("何美玲"), n.toString());
    }

    @Test
    void aChineseNameAfterAVerbIsLeftToTheOtherRules() {
        Set<String> n = MadeUpSentences.persons("活动旨在纪念林爱华(Edward Lynn)医生。");
        assertFalse(n.contains("林爱华"), n.toString());
    }

    @Test
    void aTransliteratedNameAfterATitleOrAPrepositionKeepsItsOwnLength() {
        Set<String> n = MadeUpSentences.persons("论坛由副主席安娜(Anna Berg)主持,市长向卡洛(Carlo Rossi)赠送纪念品。");
        assertTrue(n.contains("安娜"), n.toString());
        assertFalse(n.contains("席安娜"), n.toString());
        assertFalse(n.contains("向卡洛"), n.toString());
    }

    @Test
    void aChinesePlaceGlossedByAOneWordNameIsNoPerson() {
        Set<String> n = MadeUpSentences.persons("代表团参观了高家庄(Gaojiazhuang)和王家村(Wangjia Village)。");
        assertFalse(n.contains("高家庄"), n.toString());
        assertFalse(n.contains("王家村"), n.toString());
    }

    @Test
    void aGlossRunTogetherKeepsItsPlaceWords() {
        String text = "考察团到访纽黑文(NewHaven),晚宴在布里斯托尔(BristolHall)举行。";
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        new LatinGlossedNames(MadeUpSentences.SHAPES).find(text, java.util.List.of(), out, java.util.List.of());
        assertTrue(out.isEmpty(), out.toString());
    }

    @Test
    void aFamilyNameWithItsParticleRunInIsOneWord() {
        Set<String> n = MadeUpSentences.persons("考察团参观了麦卡伦(McAllen)和拉萨尔(LaSalle)两地的港口。");
        assertTrue(n.isEmpty(), n.toString());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a name was read one character into the next word (会见, 一致) or over a joining 和. */
class RunOnNameEndsTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();
    private static final RunOnNameEnds RUN_ON = new RunOnNameEnds(MadeUpSentences.SHAPES);

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void aNameEndsBeforeAVerbItsLastCharacterOpens() {
        String text = "市长李建会见来宾。";
        Candidate c = new Candidate(2, 5, EntityType.PERSON, "李建会", null, Candidate.Source.WEAK);
        List<Token> tokens = List.of(new Token(0, 2, "市长", "nnt"), new Token(2, 4, "李建", "nr"),
                new Token(4, 6, "会见", "v"), new Token(6, 8, "来宾", "n"));
        assertEquals("李建", RUN_ON.trimmed(text, c, tokens).name());
    }

    @Test
    void aNameWhoseLastCharacterIsItsOwnWordStays() {
        String text = "市长李建会出席。";
        Candidate c = new Candidate(2, 5, EntityType.PERSON, "李建会", null, Candidate.Source.WEAK);
        List<Token> tokens = List.of(new Token(0, 2, "市长", "nnt"), new Token(2, 5, "李建会", "nr"),
                new Token(5, 7, "出席", "v"));
        assertEquals("李建会", RUN_ON.trimmed(text, c, tokens).name());
    }

    @Test
    void aJapaneseNameEndsBefore一致AndBefore和ATitle() {
        Set<String> p = persons("日本松本市副市长山本英史和议长松田有司一致表示，愿与烟台加深往来。");
        assertTrue(p.contains("山本英史"), p.toString());
        assertTrue(p.contains("松田有司"), p.toString());
        assertFalse(p.contains("山本英史和"), p.toString());
        assertFalse(p.contains("松田有司一"), p.toString());
    }

    @Test
    void aBackendNameEndsBeforeTheLightVerbOfASpeech() {
        String text = "学者卡洛·贝尔托作视频演讲。";
        Candidate c = new Candidate(2, 9, EntityType.PERSON, "卡洛·贝尔托作", null, Candidate.Source.WEAK);
        assertEquals("卡洛·贝尔托", RUN_ON.trimmed(text, c, List.of()).name());
    }

    @Test
    void aTransliteratedNameEndsBeforeLeadingADelegation() {
        String text = "州长卡洛·贝尔托率代表团来访。";
        Candidate c = new Candidate(2, 9, EntityType.PERSON, "卡洛·贝尔托率", null, Candidate.Source.WEAK);
        assertEquals("卡洛·贝尔托", RUN_ON.trimmed(text, c, List.of()).name());
    }

    @Test
    void aTransliteratedNameEndingInATransliterationCharacterStays() {
        String text = "市长卡洛·贝尔特别强调合作。";
        Candidate c = new Candidate(2, 8, EntityType.PERSON, "卡洛·贝尔特", null, Candidate.Source.WEAK);
        assertEquals("卡洛·贝尔特", RUN_ON.trimmed(text, c, List.of()).name());
    }

    @Test
    void aNameEndsBeforeAWordOfTakingPartOnline() {
        String text = "驻某国大使馆临时代办李大成线上出席仪式。";
        int start = text.indexOf("李大成");
        Candidate c = new Candidate(start, start + 4, EntityType.PERSON, "李大成线", null, Candidate.Source.WEAK);
        assertEquals("李大成", RUN_ON.trimmed(text, c, List.of()).name());
        Set<String> p = persons("某省外办巡视员张小云线上出席论坛开幕式。");
        assertFalse(p.contains("张小云线"), p.toString());
    }

    @Test
    void aGivenNameThatIsAWordOfMannerIsNoName() {
        String text = "两市市长共同于线上签订友好交流协定。";
        int start = text.indexOf("于线上");
        Candidate c = new Candidate(start, start + 3, EntityType.PERSON, "于线上", null, Candidate.Source.WEAK);
        assertEquals(null, RUN_ON.trimmed(text, c, List.of()));
    }

    @Test
    void aTransliteratedNameEndsBeforeAnAdverbialOfMannerBeforeItsVerb() {
        Set<String> p = persons("议员安娜·卡特琳娜亲切会见了来访的青年代表。");
        assertTrue(p.contains("安娜·卡特琳娜"), p.toString());
        assertFalse(p.contains("安娜·卡特琳娜亲切"), p.toString());
        p = persons("市长约翰·史密斯热情欢迎远道而来的客人。");
        assertTrue(p.contains("约翰·史密斯"), p.toString());
        assertFalse(p.contains("约翰·史密斯热情"), p.toString());
    }

    @Test
    void aBackendNameReadIntoAnAdverbEndsWhereTheAdverbBegins() {
        String text = "州长罗伯特·哈特特意在码头迎接客人。";
        int start = text.indexOf("罗伯特");
        Candidate c = new Candidate(start, start + 8, EntityType.PERSON, "罗伯特·哈特特意", null, Candidate.Source.WEAK);
        assertEquals("罗伯特·哈特", RUN_ON.trimmed(text, c, MadeUpSentences.analyse(text).tokens()).name());
        String other = "副市长伊万·彼得罗夫积极推动两市港口合作。";
        int s2 = other.indexOf("伊万");
        Candidate d = new Candidate(s2, s2 + 9, EntityType.PERSON, "伊万·彼得罗夫积极", null, Candidate.Source.WEAK);
        assertEquals("伊万·彼得罗夫", RUN_ON.trimmed(other, d, MadeUpSentences.analyse(other).tokens()).name());
    }

    @Test
    void aTransliteratedNameBeforeANounOrAtTheClauseEndStaysWhole() {
        String text = "来宾中有议员安娜·卡特琳娜。";
        int start = text.indexOf("安娜");
        Candidate c = new Candidate(start, start + 7, EntityType.PERSON, "安娜·卡特琳娜", null, Candidate.Source.WEAK);
        assertEquals("安娜·卡特琳娜", RUN_ON.trimmed(text, c, MadeUpSentences.analyse(text).tokens()).name());
    }
}

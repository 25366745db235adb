package dev.newsie.events;

import dev.newsie.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A commendation named by the object handed over alone: a certificate of praise, a memorial one, an honorary status. */
class HandedOverCommendationTest {
    private static List<String> commendations(String sentence) {
        List<Entity> es = MadeUpReports.entities(sentence);
        return HandedOverCommendation.get().commendations(MaskedSentence.of(new Sentence(0, sentence.length(), sentence), es));
    }

    @Test
    void theObjectRightAfterTheVerbOfHandingOverIsTheCommendation() {
        assertEquals(List.of("感谢状"), commendations("答谢会上,区长颁授感谢状予三名志愿者。"));
        assertEquals(List.of("纪念证书"), commendations("镇政府致赠纪念证书给来访的艺术团。"));
        assertEquals(List.of("荣誉证书"), commendations("院长为退休的保罗·罗西颁发荣誉证书并合影留念。"));
        assertEquals(List.of("奖状"), commendations("校长向获奖学生颁发的奖状,由市长亲笔签名。"));
    }

    @Test
    void aVerbOfTwoObjectsNamesTheOneHonouredBeforeTheCommendation() {
        assertEquals(List.of("荣誉市民"), commendations("区议会决定授予汉斯·穆勒荣誉市民。"));
    }

    @Test
    void aCertificateOfNoPraiseOrOneOfAnotherHonourIsNone() {
        assertEquals(List.of(), commendations("组委会向参赛队伍颁发参赛证书。"));
        assertEquals(List.of(), commendations("议长颁发荣誉市民证书给保罗·罗西。"));
        assertEquals(List.of(), commendations("区长致赠书法作品与感谢状。"));
    }
}

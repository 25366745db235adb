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
        assertEquals(List.of("嘉奖状"), commendations("青河市长5日颁发嘉奖状给渔民代表李海生。"));
        assertEquals(List.of("纪念证书"), commendations("海湾市长在晚宴上颁授纪念证书予汉斯·穆勒。"));
        assertEquals(List.of("荣誉证书"), commendations("县长为来访的田中健一颁发荣誉证书,表彰他推动交流。"));
        assertEquals(List.of("奖状"), commendations("总领事周明接受议员汤姆·格林为他颁发的奖状。"));
    }

    @Test
    void aVerbOfTwoObjectsNamesTheOneHonouredBeforeTheCommendation() {
        assertEquals(List.of("荣誉市民"), commendations("橡树镇议长出席晚宴,并赠与马克·约翰逊荣誉市民。"));
    }

    @Test
    void aCertificateOfNoPraiseOrOneOfAnotherHonourIsNone() {
        assertEquals(List.of(), commendations("主办方向参展企业颁发参展证书。"));
        assertEquals(List.of(), commendations("市长颁发荣誉市民证书给约翰·史密斯。"));
        assertEquals(List.of(), commendations("镇长致赠城市钥匙及感谢状。"));
    }
}

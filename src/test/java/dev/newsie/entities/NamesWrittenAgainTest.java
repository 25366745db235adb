package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports that name a Japanese guest in full after a title and then again bare. */
class NamesWrittenAgainTest {
    @Test
    void aPlaceInsideANameWrittenAgainIsPartOfTheName() {
        Set<String> e = MadeUpSentences.entityKeys("日本彦根市长大和田健一昨天来访。大和田健一也表示,希望交流蓬勃发展。");
        assertTrue(e.contains("PERSON 大和田健一"), e.toString());
        assertFalse(e.contains("CITY 和田"), e.toString());
    }

    @Test
    void aShorterNameCutFromANameWrittenAgainIsThePerson() {
        Set<String> e = MadeUpSentences.entityKeys("日本岛根县冈田慎吾知事来访,市长颁赠荣誉市民奖章予冈田慎吾知事。");
        assertTrue(e.contains("PERSON 冈田慎吾"), e.toString());
        assertFalse(e.contains("PERSON 田慎吾"), e.toString());
    }

    @Test
    void aTwoCharacterPersonInsideAThreeCharacterNameWrittenAgainIsThatName() {
        Set<String> e = MadeUpSentences.entityKeys("出席活动的有县委书记孙国则，县长刘明。孙国则在致辞中介绍了县里的产业。");
        assertTrue(e.contains("PERSON 孙国则"), e.toString());
        assertFalse(e.contains("PERSON 孙国"), e.toString());
        e = MadeUpSentences.entityKeys("研究中心主任黄文于，出席。主任黄文于会上发言。");
        assertTrue(e.contains("PERSON 黄文于"), e.toString());
        assertFalse(e.contains("PERSON 黄文"), e.toString());
    }

    @Test
    void aTwoCharacterPersonWrittenApartFromTheLongerNameStays() {
        Set<String> e = MadeUpSentences.entityKeys("市长陈志在会上讲话。议员陈志强也出席了会议。");
        assertTrue(e.contains("PERSON 陈志"), e.toString());
    }
}

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
}

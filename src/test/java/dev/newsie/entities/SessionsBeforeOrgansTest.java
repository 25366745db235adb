package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.entityKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where the terms of a place's organ stand between the place and the organ. */
class SessionsBeforeOrgansTest {
    @Test
    void twoTermsBetweenTheCityAndItsConference() {
        Set<String> e = entityKeys("大会由宁波市十四届、十五届政协主席杨明主持。");
        assertTrue(e.contains("ORGANIZATION 宁波市政协"), e.toString());
        assertFalse(e.contains("CITY 宁波"), e.toString());
    }

    @Test
    void oneTermInsideTheSegmentersToken() {
        Set<String> e = entityKeys("烟台市十五届政协副主席王明出席。");
        assertTrue(e.contains("ORGANIZATION 烟台市政协"), e.toString());
        e = entityKeys("烟台市第十五届人大常委会主任王明出席。");
        assertTrue(e.contains("ORGANIZATION 烟台市人大常委会"), e.toString());
    }
}

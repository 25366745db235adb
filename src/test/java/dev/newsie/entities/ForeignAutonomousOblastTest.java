package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a 自治州 abroad (an autonomous oblast, a first-level division) is a PROVINCE; a Chinese
 * autonomous prefecture stays a CITY.
 */
class ForeignAutonomousOblastTest {
    @Test
    void anAutonomousOblastAbroadIsAProvince() {
        Set<String> e = MadeUpSentences.placeKeys("俄罗斯白河自治州代表团来访。");
        assertTrue(e.contains("PROVINCE 白河"), e.toString());
    }

    @Test
    void aChineseAutonomousPrefectureIsACity() {
        Set<String> e = MadeUpSentences.placeKeys("吉林省延边朝鲜族自治州代表团出访。");
        assertTrue(e.contains("CITY 延边"), e.toString());
    }
}

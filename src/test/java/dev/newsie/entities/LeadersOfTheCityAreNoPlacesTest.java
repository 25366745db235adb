package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 甲、乙等市领导: 等市领导 is "and the other leaders of the city", so the names before it are people, not places
 * sharing the suffix 市 (made-up sentences).
 */
class LeadersOfTheCityAreNoPlacesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void namesBeforeTheCitysLeadersAreNoCities() {
        Set<String> k = keys("仪式前,周永辉、郑文辉等市领导会见了获奖的外国友人。");
        assertFalse(k.stream().anyMatch(n -> n.contains("永辉") || n.contains("文辉")), k.toString());
    }

    @Test
    void placesSharingTheSuffixStillAre() {
        Set<String> k = keys("代表团还将走访松原、安昙野等市。");
        assertTrue(k.contains("CITY 松原"), k.toString());
        assertTrue(k.contains("CITY 安昙野"), k.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a customary region abroad before 地区 is no place. */
class ForeignRegionGroupingsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aJapaneseRegionBeforeItsSuffixIsNoPlace() {
        Set<String> k = keys("此后代表团前往日本关西地区考察。");
        assertTrue(k.contains("COUNTRY 日本"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("关西")), k.toString());
    }

}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: items that share one suffix after a count (甲和乙两町) are each a place of that kind. */
class SharedSuffixPlacesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void itemsSharingACountedSuffixAreEachAPlace() {
        Set<String> k = keys("日本长野县友好团此后将走访小谷和白马两村,再到松原和安昙野两市。");
        assertTrue(k.contains("CITY 安昙野"), k.toString());
        assertTrue(k.contains("CITY 松原"), k.toString());
    }

    @Test
    void anAdverbBeforeTheListIsNoItem() {
        Set<String> k = keys("两县分别与鹤田和松岛两町结为友好关系。");
        assertTrue(k.contains("CITY 鹤田町"), k.toString());
        assertTrue(k.contains("CITY 松岛町"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("分别")), k.toString());
    }

}

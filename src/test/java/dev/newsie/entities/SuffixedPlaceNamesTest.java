package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a place is named as canonical() names what is written, suffix and all. */
class SuffixedPlaceNamesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aKraiKeepsThePartOfItsSuffixThatCanonicalKeeps() {
        Set<String> k = keys("俄罗斯哈巴罗夫斯克边疆区代表团昨日抵达。");
        assertTrue(k.contains("PROVINCE 哈巴罗夫斯克边疆"), k.toString());
    }

    @Test
    void aSuffixThatCanonicalDropsWholeLeavesTheListedName() {
        Set<String> k = keys("代表团访问了美国俄亥俄州。");
        assertTrue(k.contains("PROVINCE 俄亥俄"), k.toString());
    }
}

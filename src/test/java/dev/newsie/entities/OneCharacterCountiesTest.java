package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a county whose name is one character before 县 is found when the segmenter reads it as a place. */
class OneCharacterCountiesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aOneCharacterCountyWithItsSuffixIsACity() {
        Set<String> k = keys("安徽宿州市和萧县两地干部座谈。");
        assertTrue(k.contains("CITY 萧县"), k.toString());
    }

    @Test
    void theTailOfAWordBeforeCountyIsNoCounty() {
        Set<String> k = keys("会议研究如何振兴县域经济。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("县")), k.toString());
    }

}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: 友好 with the two units a twinning joins (友好区省关系) is a standing, not the district 友好区. */
class StandingWordsOfTwinnedPlacesTest {
    private static boolean found(String text, String name) {
        return MadeUpSentences.placeCandidates(text).stream().anyMatch(c -> c.name().equals(name));
    }

    @Test
    void aRegionAndAProvinceTwinnedNameNoPlace() {
        String text = "会上,甘肃省同埃及米纳瓦省签订友好区省关系协定。";
        assertFalse(found(text, "友好"), MadeUpSentences.placeCandidates(text).toString());
        assertTrue(found(text, "米纳瓦"));
    }

    @Test
    void aRegionAndAStateInAMemorandumNameNoPlace() {
        assertFalse(found("双方签订友好区州关系备忘录。", "友好"));
    }
}

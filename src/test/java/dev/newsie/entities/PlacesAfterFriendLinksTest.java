package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a listed two-character place right after its standing (友城, 姊妹市) is a mention. */
class PlacesAfterFriendLinksTest {
    private static boolean found(String text, String name) {
        return MadeUpSentences.placeCandidates(text).stream().anyMatch(c -> c.name().equals(name));
    }

    @Test
    void aPartnerNamedBareAfterItsStandingIsAPlace() {
        assertTrue(found("总领事表示愿推动克雷费尔德市与友城绍兴深化合作。", "绍兴"));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a two-character foreign city of the GeoNames table read right after its own country only. */
class CitiesAfterTheirCountryTest {
    private static long mentionsOf(String text, String name) {
        List<Candidate> found = MadeUpSentences.placeCandidates(text);
        return found.stream().filter(c -> c.name().equals(name) && c.type() == dev.newsie.model.EntityType.CITY).count();
    }

    @Test
    void aTwoCharacterCityRightAfterItsCountry() {
        assertEquals(1, mentionsOf("代表团随后前往芬兰劳马参观港口。", "劳马"));
        assertEquals(1, mentionsOf("爱沙尼亚塔林是我们的友好城市。", "塔林"));
        assertEquals(1, mentionsOf("市长会见了来自瑞士图恩的客人。", "图恩"));
    }

    @Test
    void theNameAfterAnotherCountryIsNoCity() {
        assertEquals(0, mentionsOf("代表团随后前往瑞典劳马参观港口。", "劳马"));
    }

    @Test
    void aNameRunningOnInTransliterationIsNotCutShort() {
        assertTrue(MadeUpSentences.placeCandidates("市长会见了来自瑞士图恩斯特的客人。").stream()
                .noneMatch(c -> c.name().equals("图恩")));
    }

    @Test
    void aNameRunningOnAfterAnInterpunctIsNotCutShort() {
        assertTrue(MadeUpSentences.placeCandidates("市长会见了来自芬兰劳马·佩特里的客人。").stream()
                .noneMatch(c -> c.name().equals("劳马")));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: the partner a known place twins with is a place, whatever words its name is made of. */
class TwinnedPartnerSlotsTest {
    @Test
    void aPartnerNoListHoldsRightBeforeTheTwinningIsACity() {
        Set<String> keys = MadeUpSentences.placeKeys("邢台市与布莱克敦市于2001年结为友好城市,两市交流不断。");
        assertTrue(keys.contains("CITY 布莱克敦"), keys.toString());
    }

    @Test
    void aTranslatedTownNameInTheSlotIsACity() {
        Set<String> keys = MadeUpSentences.placeKeys("邢台县与松树镇市正式缔结姊妹市。");
        assertTrue(keys.contains("CITY 松树镇"), keys.toString());
    }

    @Test
    void aPhraseAfterTheCoordinatorIsNoPlace() {
        Set<String> keys = MadeUpSentences.placeKeys("邢台市与有关部门所在市结为友好城市。");
        assertFalse(keys.stream().anyMatch(k -> k.contains("有关")), keys.toString());
    }

    @Test
    void aTownNamedFirstAfterANounForItIsACity() {
        Set<String> keys = MadeUpSentences.placeKeys("2009年,该州重要城市韦尔斯贝格与江西赣州市结为友好城市。");
        assertTrue(keys.contains("CITY 韦尔斯贝格"), keys.toString());
    }

    @Test
    void wordsAfterANounForTownsWithNoTwinningAreNoPlace() {
        Set<String> keys = MadeUpSentences.placeKeys("该州重要城市韦尔斯贝格与江西赣州市开展了经贸交流。");
        assertFalse(keys.contains("CITY 韦尔斯贝格"), keys.toString());
    }
}

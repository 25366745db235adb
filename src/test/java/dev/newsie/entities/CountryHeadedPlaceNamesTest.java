package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: inside the chain of one country, the name of another that runs on into a suffix begins an unlisted place. */
class CountryHeadedPlaceNamesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aCountyWhoseNameStartsWithACountryNameIsOnePlace() {
        Set<String> k = keys("美国科罗拉多州乍得维尔郡的农场主代表团来访。");
        assertTrue(k.contains("CITY 乍得维尔"), k.toString());
        assertFalse(k.contains("COUNTRY 乍得"), k.toString());
    }

    @Test
    void aCountryAfterAFriendCityLinkStartsItsOwnChain() {
        Set<String> k = keys("日本兵库县友城美国华盛顿州代表出席。");
        assertTrue(k.contains("COUNTRY 美国"), k.toString());
    }

}

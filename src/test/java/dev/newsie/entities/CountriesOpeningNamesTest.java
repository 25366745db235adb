package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up chains where a foreign name after a province opens with a country's name. */
class CountriesOpeningNamesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void aCountryAfterAProvinceOpensTheNameAfterIt() {
        Set<String> k = keys("安哥拉威热省阿曼达·科斯塔省长致辞。");
        assertTrue(k.contains("PERSON 阿曼达·科斯塔"), k.toString());
        assertFalse(k.contains("COUNTRY 阿曼"), k.toString());
        assertTrue(k.contains("PROVINCE 威热"), k.toString());
    }
}

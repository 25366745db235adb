package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: provinces and cities by their one-character abbreviations right after a verb or preposition of place. */
class OneCharacterAbbreviationsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aProvinceOrCityAbbreviationAfterAVerbOfPlaceNamesIt() {
        Set<String> k = keys("考察团在鄂期间参观了工厂,随后赴黔、来邕交流。");
        assertTrue(k.contains("PROVINCE 湖北"), k.toString());
        assertTrue(k.contains("PROVINCE 贵州"), k.toString());
        assertTrue(k.contains("CITY 南宁"), k.toString());
    }

    @Test
    void anAbbreviationOpeningALongerPlaceNameIsNotRead() {
        Set<String> k = keys("两国青年在哈萨克斯坦的草原上相聚。");
        assertFalse(k.contains("CITY 哈尔滨"), k.toString());
    }

}

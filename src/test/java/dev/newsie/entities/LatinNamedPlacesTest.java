package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a city left in Latin letters with 市 after it, one side of a pair (南湾Fairmont市与新北市), is a
 * city; an acronym before 市 or a name before 市场 (a market) is none.
 */
class LatinNamedPlacesTest {
    private static PlaceRecognizer places;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        places = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, PersonRecognizer.load().transliterationCharacters());
    }

    private static Set<String> keys(String text) {
        return places.recognize(text, hanlp.analyse(text).tokens()).stream()
                .map(c -> c.type() + " " + c.name()).collect(Collectors.toSet());
    }

    @Test
    void aLatinNameBeforeCityIsACity() {
        Set<String> k = keys("南湾Fairmont市与台湾新北市正式缔结为友好城市。");
        assertTrue(k.contains("CITY Fairmont"), k.toString());
        assertTrue(k.contains("CITY 新北"), k.toString());
    }

    @Test
    void anAcronymOrAMarketIsNoCity() {
        Set<String> k = keys("KTSF市场报导指出,Fairmont市场今年扩大。");
        assertFalse(k.stream().anyMatch(n -> n.contains("KTSF") || n.contains("Fairmont")), k.toString());
    }
}

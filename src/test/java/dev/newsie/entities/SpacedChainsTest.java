package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: lists of sister cities set a space between a country and its place, which stays in the country. */
class SpacedChainsTest {
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
    void aPlaceAfterACountryAndASpaceIsInThatCountry() {
        Candidate c = places.recognize("印度 斋浦尔市代表团来访。", hanlp.analyse("印度 斋浦尔市代表团来访。").tokens()).stream()
                .filter(x -> x.name().equals("斋浦尔")).findFirst().orElseThrow();
        assertTrue("印度".equals(c.country()), c.toString());
    }

}

package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a chain of places does not run on through a verb of going into the next place. */
class ChainStopsAtVerbsOfGoingTest {
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
    void aDelegationGoingToADistrictIsNoPlaceName() {
        Set<String> k = keys("美国俄勒冈州比弗顿市代表团到番禺区参观考察。");
        assertTrue(k.stream().noneMatch(n -> n.contains("代表团")), k.toString());
        assertTrue(k.contains("CITY 番禺"), k.toString());
    }

}

package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a place is named as canonical() names what is written, suffix and all. */
class SuffixedPlaceNamesTest {
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
    void aKraiKeepsThePartOfItsSuffixThatCanonicalKeeps() {
        Set<String> k = keys("俄罗斯哈巴罗夫斯克边疆区代表团昨日抵达。");
        assertTrue(k.contains("PROVINCE 哈巴罗夫斯克边疆"), k.toString());
    }

    @Test
    void aSuffixThatCanonicalDropsWholeLeavesTheListedName() {
        Set<String> k = keys("代表团访问了美国俄亥俄州。");
        assertTrue(k.contains("PROVINCE 俄亥俄"), k.toString());
    }
}

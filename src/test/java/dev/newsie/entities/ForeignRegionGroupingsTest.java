package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a customary region abroad before 地区 is no place. */
class ForeignRegionGroupingsTest {
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
    void aJapaneseRegionBeforeItsSuffixIsNoPlace() {
        Set<String> k = keys("此后代表团前往日本关西地区考察。");
        assertTrue(k.contains("COUNTRY 日本"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("关西")), k.toString());
    }

}

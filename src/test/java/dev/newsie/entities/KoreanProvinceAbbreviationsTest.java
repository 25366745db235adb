package dev.newsie.entities;

import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: Korean provinces written by their abbreviations (庆南, 忠北) before a county or city. */
class KoreanProvinceAbbreviationsTest {
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
    void aKoreanProvinceAbbreviationNamesTheProvince() {
        Set<String> k = keys("韩国庆南某郡郡守一行与忠北清州市官员会谈。");
        assertTrue(k.contains("PROVINCE 庆尚南"), k.toString());
        assertTrue(k.contains("PROVINCE 忠清北"), k.toString());
    }

}

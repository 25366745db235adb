package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up chains where a foreign name after a province opens with a country's name. */
class CountriesOpeningNamesTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static Set<String> keys(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    @Test
    void aCountryAfterAProvinceOpensTheNameAfterIt() {
        Set<String> k = keys("安哥拉威热省阿曼达·科斯塔省长致辞。");
        assertTrue(k.contains("PERSON 阿曼达·科斯塔"), k.toString());
        assertFalse(k.contains("COUNTRY 阿曼"), k.toString());
        assertTrue(k.contains("PROVINCE 威热"), k.toString());
    }
}

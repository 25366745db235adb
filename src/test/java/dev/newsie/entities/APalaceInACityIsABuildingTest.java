package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a head of state's office written after a city is the palace there, a building, not a body. */
class APalaceInACityIsABuildingTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static Set<String> entities(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    @Test
    void thePalaceInACityIsNoOrganisationAndTheCityIsNamed() {
        Set<String> e = entities("王明昨天在杜尚别总统府举行授勋典礼。");
        assertFalse(e.contains("ORGANIZATION 杜尚别总统府"), e.toString());
        assertTrue(e.contains(EntityType.CITY + " 杜尚别"), e.toString());
    }

    @Test
    void aCountrysOfficeOfItsPresidentStaysABody() {
        Set<String> e = entities("菲律宾总统府发言人王明今天表示欢迎。");
        assertTrue(e.contains("ORGANIZATION 菲律宾总统府"), e.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.placeKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run of transliteration characters is one foreign name, read whole where its left edge can be read: a run longer
 * than six before a suffix, and a run that a listed name ends (made-up places and sentences).
 */
class TransliterationRunsAroundListedNamesTest {
    @Test
    void aSevenSyllableNameOpeningAParagraphIsReadWhole() {
        Set<String> places = placeKeys("两市签署了合作协议。\n\n博罗季诺夫斯克市位于该国北部,风景优美。");
        assertTrue(places.contains("CITY 博罗季诺夫斯克"), places.toString());
        assertFalse(places.contains("CITY 罗季诺夫斯克"), places.toString());
    }

    @Test
    void aLongNameAfterACommaOrAParticleIsReadWhole() {
        Set<String> afterComma = placeKeys("他表示,奥斯特罗戈日斯克市与本市往来密切。");
        assertTrue(afterComma.contains("CITY 奥斯特罗戈日斯克"), afterComma.toString());
        Set<String> afterParticle = placeKeys("代表团上月访问了博罗维季诺斯克市。");
        assertTrue(afterParticle.contains("CITY 博罗维季诺斯克"), afterParticle.toString());
    }

    @Test
    void aListedNameThatARunEndsIsTheTailOfTheLongerName() {
        String name = generatedName();
        Set<String> places = placeKeys("会上,萨伊" + name + "区的代表致辞。");
        assertTrue(places.contains("CITY 萨伊" + name), name + " " + places);
        assertFalse(places.contains("CITY " + name), name + " " + places);
    }

    @Test
    void oneCharacterBeforeAListedNameLeavesItAsItIs() {
        String name = generatedName();
        Set<String> places = placeKeys("会上,南" + name + "区的代表致辞。");
        assertFalse(places.contains("CITY 南" + name), name + " " + places);
    }

    /** A four-character city of the generated GeoNames table, written wholly in transliteration characters. */
    private static String generatedName() {
        Gazetteer g = Gazetteer.load(PlaceSuffixRules.load());
        Set<Character> chars = dev.newsie.canon.TransliterationCharacters.load();
        return dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> dev.newsie.canon.CanonicalNames.surfaceForm(r.get(0)))
                .filter(n -> g.isGenerated(n) && n.length() == 4 && n.chars().allMatch(c -> chars.contains((char) c)))
                .findFirst().orElseThrow();
    }
}

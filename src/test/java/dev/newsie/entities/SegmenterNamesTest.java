package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where the segmenter's person-name reading is taken or not. */
class SegmenterNamesTest {
    private static SegmenterNames names;
    private static PlaceRecognizer places;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        NameShapes shapes = NameShapes.load();
        names = new SegmenterNames(shapes);
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        places = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, shapes.transliteration);
    }

    private static Set<String> names(String text) {
        List<Token> tokens = hanlp.analyse(text).tokens();
        List<Candidate> found = places.recognize(text, tokens);
        found.sort(java.util.Comparator.comparingInt(Candidate::start));
        List<Candidate> out = new ArrayList<>();
        names.find(text, tokens, out, found);
        return out.stream().filter(c -> c.type() == EntityType.PERSON).map(Candidate::name).collect(Collectors.toSet());
    }

    @Test
    void namesClosedByDengBeforeAnActAreAList() {
        Set<String> n = names("高建、吴立平等出席了仪式。");
        assertTrue(n.contains("高建") && n.contains("吴立平"), n.toString());
    }

    @Test
    void placeWhereAnEnvoyIsPostedIsNoName() {
        assertFalse(names("我国驻圣文森大使范美君出席。").contains("圣文森"));
    }
}

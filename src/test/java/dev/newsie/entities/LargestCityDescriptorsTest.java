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

/** 最大城, 第二大城 (the largest city) describe the place named after them; they name no place 大城. */
class LargestCityDescriptorsTest {
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
    void theCityAfterTheDescriptorIsNamedWithoutIt() {
        Set<String> k = keys("青河镇位于美国俄亥俄州最大城卡尔米市以北。");
        assertTrue(k.contains("CITY 卡尔米"), k.toString());
        assertTrue(k.stream().noneMatch(s -> s.contains("大城")), k.toString());
    }

    @Test
    void theDescriptorAloneNamesNoPlace() {
        Set<String> k = keys("烟台与襄阳同为两省东部最大城,交流密切。");
        assertFalse(k.contains("CITY 大城"), k.toString());
        assertTrue(k.contains("CITY 烟台"), k.toString());
        assertFalse(keys("烟台是山东东部第一大城,人口众多。").contains("CITY 大城"));
    }
}

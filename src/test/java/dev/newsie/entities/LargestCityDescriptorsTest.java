package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 最大城, 第二大城 (the largest city) describe the place named after them; they name no place 大城. */
class LargestCityDescriptorsTest {
    /** The whole entity stage, shared by the package's tests (one load per test JVM). */
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
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

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a common word that runs from the suffix of a place into the next characters begins no place. */
class CommonWordAfterSuffixTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void theCityCentreAfterACityIsNoPlace() {
        Set<String> k = keys("代表团参观了日本岐阜县多治见市中心市区的商业街。");
        assertTrue(k.contains("CITY 多治见"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.endsWith("中心")), k.toString());
    }

}

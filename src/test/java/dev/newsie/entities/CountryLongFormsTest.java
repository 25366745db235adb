package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A country's official long form written out (某国伊斯兰共和国, 某国人民民主共和国) even where no table lists it: the
 * qualifier and 共和国 finish the country's name and are no constituent republic; a republic inside a country still is
 * one (made-up sentences).
 */
class CountryLongFormsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aQualifiedRepublicAfterACountryIsItsLongName() {
        Set<String> k = keys("烟台市代表团访问了冈比亚伊斯兰共和国,会见了当地官员。");
        assertFalse(k.stream().anyMatch(s -> s.endsWith("伊斯兰共和国")), k.toString());
        assertTrue(k.contains("COUNTRY 冈比亚"), k.toString());
    }

    @Test
    void aPeoplesDemocraticRepublicIsNoProvince() {
        Set<String> k = keys("襄阳代表团随后前往马里人民民主共和国考察。");
        assertFalse(k.stream().anyMatch(s -> s.startsWith("PROVINCE")), k.toString());
    }

    @Test
    void aConstituentRepublicStillIsAProvince() {
        Set<String> k = keys("代表团访问了俄罗斯鞑靼斯坦共和国首府喀山。");
        assertTrue(k.stream().anyMatch(s -> s.startsWith("PROVINCE 鞑靼斯坦")), k.toString());
    }
}

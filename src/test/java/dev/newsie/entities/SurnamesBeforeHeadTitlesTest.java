package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up visits where a Japanese mayor, named in full once, is then called by family name and title. */
class SurnamesBeforeHeadTitlesTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void aFamilyNameBeforeTheMayorsTitleIsThePersonNoPlace() {
        Set<String> k = keys("日本北海道北见市市长桐谷正树先生来访。县长收到北见市桐谷市长的亲笔信,并请客人代向桐谷市长致意。");
        assertTrue(k.contains("PERSON 桐谷正树"), k.toString());
        assertTrue(k.contains("CITY 北见"), k.toString());
        assertFalse(k.contains("CITY 桐谷"), k.toString());
    }

    @Test
    void aPlaceWhoseHeadIsNamedByAnotherFamilyNameStays() {
        Set<String> k = keys("日本北海道北见市市长桐谷正树先生来访。北见市长致词。");
        assertTrue(k.contains("CITY 北见"), k.toString());
    }
}

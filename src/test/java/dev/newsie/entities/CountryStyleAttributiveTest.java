package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a country's name before 式 ("…-style") is an attributive of a kind of thing, no mention of the
 * country; the same name elsewhere in the sentence still is.
 */
class CountryStyleAttributiveTest {
    @Test
    void aStyleNamedForACountryIsNoMentionOfIt() {
        Set<String> e = MadeUpSentences.entityKeys("襄阳市将以推进中国式现代化为主线,深化对外交流。");
        assertFalse(e.contains("COUNTRY 中国"), e.toString());
        assertTrue(e.contains("CITY 襄阳"), e.toString());
    }

    @Test
    void theCountryNamedOnItsOwnIsStillAMention() {
        Set<String> e = MadeUpSentences.entityKeys("日本式庭院在松本落成,来自日本的代表团出席。");
        assertTrue(e.contains("COUNTRY 日本"), e.toString());
    }
}

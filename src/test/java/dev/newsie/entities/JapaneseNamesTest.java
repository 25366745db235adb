package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JapaneseNamesTest {
    private final JapaneseNames names = new JapaneseNames(Set.of("铃木", "久保田"));

    private int end(String text) {
        return names.end(text, 0, i -> i >= text.length() || "表、，。".indexOf(text.charAt(i)) >= 0);
    }

    @Test
    void listedFamilyNameAndGivenNameEndAtTheBoundary() {
        assertEquals(4, end("铃木一郎表示"));
        assertEquals(5, end("久保田芳子、"));
    }

    @Test
    void unlistedFamilyNameOrNoBoundaryIsNoName() {
        assertEquals(-1, end("青山一郎表示"));
        assertEquals(-1, end("铃木一二三四五表示"));
    }

    private int endAtNameEnds(String text) {
        return names.end(text, 0, i -> i >= text.length() || NameShapes.NAME_END.indexOf(text.charAt(i)) >= 0
                || !Character.isLetterOrDigit(text.charAt(i)));
    }

    @Test
    void theParticle也BeforeASubjectsEndClosesAGivenName() {
        assertEquals(4, endAtNameEnds("铃木达也一行抵达"));
        assertEquals(4, endAtNameEnds("铃木达也,"));
    }

    @Test
    void theAdverb也BeforeAPredicateIsNoPartOfTheName() {
        assertEquals(3, endAtNameEnds("铃木达也表示"));
    }

    @Test
    void familyNamesOfTheDictionaryAreReadInSimplified() {
        JapaneseNames loaded = JapaneseNames.load();
        assertEquals(2, loaded.surnameLength("细谷昌彦")); // 細谷 in the dictionary's kanji
        assertEquals(0, loaded.surnameLength("成都市长")); // a family name of the dictionary that is a place's name
    }

    @Test
    void familyNamesTheDictionaryRatesRarerAreReadToo() {
        // 片柳 costs 7620 in IPADIC, above the former cut of 7500, like most of its family names
        assertEquals(2, JapaneseNames.load().surnameLength("片柳正和"));
    }

    @Test
    void aFamilyNameAtABoundaryHasNoGivenNameRunningOn() {
        String text = "铃木会见了客人";
        assertEquals(-1, names.end(text, 0, i -> i >= text.length() || text.startsWith("会见", i)
                || NameShapes.NAME_END.indexOf(text.charAt(i)) >= 0)); // not 铃木会见, ended by 了
    }

    private static Candidate place(EntityType type, String name, String country) {
        return new Candidate(0, name.length(), type, name, country, Candidate.Source.GAZETTEER);
    }

    @Test
    void japanAndThePlacesInItAreInJapanOtherCountriesAndTheirPlacesAreNot() {
        assertTrue(JapaneseNames.inJapan(place(EntityType.COUNTRY, "日本", null)));
        assertTrue(JapaneseNames.inJapan(place(EntityType.CITY, "青松", "日本")));
        assertFalse(JapaneseNames.inJapan(place(EntityType.COUNTRY, "法国", null)));
        assertFalse(JapaneseNames.inJapan(place(EntityType.CITY, "青松", "法国")));
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a place right before a port's, mountain's or lake's head word is part of the landmark's name. */
class LandmarksNamedAfterPlacesTest {
    private static final LandmarksNamedAfterPlaces TABLE = LandmarksNamedAfterPlaces.table();

    private static Candidate at(String text, String name, EntityType type) {
        int a = text.indexOf(name);
        return new Candidate(a, a + name.length(), type, name, null, Candidate.Source.PATTERN);
    }

    private static boolean opens(String text, Candidate c, List<Candidate> places) {
        return TABLE.opensLandmark(text, c, places, end -> false);
    }

    @Test
    void aPlaceBeforeAPortMountainOrLakeHeadIsNoMentionOfItsOwn() {
        String port = "甲乙港与丙丁自治港建立友好港关系。";
        Candidate a = at(port, "甲乙", EntityType.CITY);
        Candidate b = at(port, "丙丁", EntityType.CITY);
        assertTrue(opens(port, a, List.of(a, b)));
        assertTrue(opens(port, b, List.of(a, b)));
        String hill = "某乡位于戊己山山麓。";
        Candidate c = at(hill, "戊己", EntityType.CITY);
        assertTrue(opens(hill, c, List.of(c)));
        String lake = "代表团到访戊己湖市。";
        Candidate d = at(lake, "戊己", EntityType.PROVINCE);
        assertFalse(opens(lake, d, List.of(d)), "a suffix after the head: the head ends a place's own name");
    }

    @Test
    void aPlaceBeginningAtTheHeadACommonWordOrAListedNameKeepsIt() {
        String next = "甲乙湖丙省代表团";
        Candidate a = at(next, "甲乙", EntityType.CITY);
        Candidate b = at(next, "湖丙", EntityType.PROVINCE);
        assertFalse(opens(next, a, List.of(a, b)));
        String area = "甲乙山区的学校";
        Candidate c = at(area, "甲乙", EntityType.PROVINCE);
        assertFalse(opens(area, c, List.of(c)));
        String listed = "甲乙港的企业";
        Candidate d = at(listed, "甲乙", EntityType.CITY);
        assertFalse(TABLE.opensLandmark(listed, d, List.of(d), end -> end == 3), "a city named after its port");
        String abbreviation = "沪港合作";
        Candidate e = at(abbreviation, "沪", EntityType.CITY);
        assertFalse(opens(abbreviation, e, List.of(e)));
        String country = "甲乙山丙县";
        Candidate f = at(country, "甲乙", EntityType.COUNTRY);
        assertFalse(opens(country, f, List.of(f)));
    }
}

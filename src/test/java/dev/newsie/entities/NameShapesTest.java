package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a run of transliteration characters stops, which titles end at a place and which are an office's (NameShapes; made-up characters). */
class NameShapesTest {
    private static final Set<Character> CHARACTERS = Set.of('甲', '乙', '丙', '说');

    @Test
    void aRunStopsAtACharacterOutsideTheSet() {
        assertEquals(3, NameShapes.transliteratedRunEnd("甲乙丙丁", 0, 5, CHARACTERS));
    }

    @Test
    void aRunStopsAtItsMostCharacters() {
        assertEquals(3, NameShapes.transliteratedRunEnd("丁甲乙丙", 1, 2, CHARACTERS));
    }

    @Test
    void aRunStopsAtACharacterThatEndsNamesEvenInTheSet() {
        assertEquals(2, NameShapes.transliteratedRunEnd("甲乙说丙", 0, 5, CHARACTERS));
    }

    @Test
    void everyTitleEndingRightThereIsFound() {
        NameShapes shapes = new NameShapes(List.of("长", "甲长", "副甲长", "甲长乙"), Set.of(), Set.of(), Set.of(), List.of(), List.of());
        assertEquals(Set.of("长", "甲长", "副甲长"), Set.copyOf(shapes.titlesEndingAt("丙副甲长丁", 4)));
        assertEquals(List.of(), shapes.titlesEndingAt("丙副甲长丁", 3));
    }

    @Test
    void anOfficeTitleIsNeitherABylineRoleNorAGenericRoleWord() {
        assertTrue(NameShapes.isOfficeTitle("议长"));
        assertFalse(NameShapes.isOfficeTitle("记者"));
        assertFalse(NameShapes.isOfficeTitle("代表"));
        assertFalse(NameShapes.isOfficeTitle(null));
    }
}

package dev.newsie.entities;

import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a run of transliteration characters stops, how long a Chinese name may be, which titles end at a place, which are an office's and where a name may end (NameShapes; made-up characters). */
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
    void aNameOfFourCharactersNeedsATwoCharacterFamilyName() {
        Set<String> families = Set.of("甲", "甲乙");
        assertTrue(NameShapes.fitsChineseName("甲乙丙丁", 0, 4, families));
        assertFalse(NameShapes.fitsChineseName("甲丙乙丁", 0, 4, families));
        assertTrue(NameShapes.fitsChineseName("甲丙乙", 0, 3, families));
        assertFalse(NameShapes.fitsChineseName("甲乙丙丁戊", 0, 5, families));
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

    @Test
    void aNameMayEndWhereTheSegmentersVerbOrAdverbOfTwoCharactersBegins() {
        NameShapes shapes = new NameShapes(List.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of());
        String text = "丙丁戊己庚辛壬";
        List<Token> tokens = List.of(new Token(0, 2, "丙丁", "nr"), new Token(2, 4, "戊己", "v"), new Token(4, 6, "庚辛", "d"),
                new Token(6, 7, "壬", "v"));
        assertTrue(shapes.nameMayEndAt(text, 2, tokens));
        assertTrue(shapes.nameMayEndAt(text, 4, tokens));
        assertFalse(shapes.nameMayEndAt(text, 1, tokens));
        assertFalse(shapes.nameMayEndAt(text, 6, tokens), "a one-character verb");
        assertTrue(shapes.nameMayEndAt(text, 7, tokens), "the text's end");
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The longest listed name opening at a position bounds the lengths a scan for listed places tries there. */
class GazetteerNameLengthsTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(PlaceSuffixRules.load());
    }

    @Test
    void noListedNameOpensWithCharactersOfNoPlace() {
        assertEquals(0, gazetteer.maxLengthAt("的了吗呢", 0));
        assertEquals(0, gazetteer.maxLengthAt("烟", 0)); // one character left: no name of two or more
    }

    @Test
    void theBoundCoversEveryListedNameAtThePositionAndStopsAtTheTextsEnd() {
        String text = "我们访问了烟台市和襄阳市";
        int pos = text.indexOf("烟台");
        int bound = gazetteer.maxLengthAt(text, pos);
        assertTrue(bound >= 2 && bound <= text.length() - pos, "bound " + bound);
        for (int len = 2; len <= text.length() - pos; len++) {
            if (!gazetteer.lookup(text.substring(pos, pos + len)).isEmpty()) {
                assertTrue(len <= bound, "listed " + text.substring(pos, pos + len) + " beyond the bound " + bound);
            }
        }
        assertEquals(Math.min(gazetteer.maxLengthAt("烟台市和襄阳市", 0), 3), gazetteer.maxLengthAt("烟台市", 0));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events lexicon (models/events/lexicon.tsv): roles that refine another role hold only that role's words. */
class EventLexiconTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    @Test
    void everyTwinningVerbIsASigningVerbAndNoneSignsADocument() {
        List<String> twinning = LEXICON.words(EventLexicon.Role.TWINNING_VERB);
        assertFalse(twinning.isEmpty());
        for (String verb : twinning) {
            assertTrue(LEXICON.words(EventLexicon.Role.SIGN).contains(verb), verb + " is no SIGN word");
            assertTrue(verb.indexOf('签') < 0 && verb.indexOf('换') < 0, verb + " signs or exchanges a document");
        }
    }

    @Test
    void aWordIsFoundAtItsFirstPlaceAndLongestThere() {
        int[] found = LEXICON.find(EventLexicon.Role.SIGN, "双方正式结为友好城市并签署协议", 0);
        assertTrue(found != null && found[0] == 2 && found[1] == 6, java.util.Arrays.toString(found));
    }
}

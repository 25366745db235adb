package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences with a name before its title opened by the preposition of a leader (由某某团长率团), or after a
 * 的 that the segmenter glues to the name's first character.
 */
class NamesAfterPrepositionsAndGluedParticlesTest {

    @Test
    void aJapaneseNameAfter由BeforeTheLeadersTitle() {
        Set<String> e = MadeUpSentences.entityKeys("日本丰桥市议会访问团由久保田健二团长率团拜会临江市议会。");
        assertTrue(e.contains("PERSON 久保田健二"), e.toString());
    }

    @Test
    void aJapaneseNameAfterA的GluedToIt() {
        Set<String> e = MadeUpSentences.entityKeys("曾获颁临江市荣誉市民的寺田和夫议员担任团长。");
        assertTrue(e.contains("PERSON 寺田和夫"), e.toString());
    }

    @Test
    void 由于StaysAConjunction() {
        Set<String> e = MadeUpSentences.entityKeys("由于天气原因,活动推迟举行。");
        assertFalse(e.stream().anyMatch(k -> k.startsWith("PERSON")), e.toString());
    }
}

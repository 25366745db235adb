package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Made-up sentences: a name after a phrase of circumstance closed by a postposition does not open with that phrase. */
class CircumstancePostpositionsTest {
    @Test
    void aPhraseEndingInXiaIsNoPartOfTheBodyAfterIt() {
        assertFalse(MadeUpSentences.organizations("他说,新形势下商会应当主动作为。").contains("新形势下商会"));
    }
}

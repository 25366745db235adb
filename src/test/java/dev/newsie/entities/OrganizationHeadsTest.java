package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names for the head nouns that end an organisation's name. */
class OrganizationHeadsTest {
    private final OrganizationHeads heads = new OrganizationHeads(List.of("会", "委员会", "局", "协会"));

    @Test
    void longestHeadIsFoundFirst() {
        assertEquals("委员会", heads.headAt("青山市发展委员会"));
        assertEquals(3, heads.longestHeadAtEnd("青山市发展委员会"));
        assertNull(heads.headAt("青山市"));
    }

    @Test
    void aNameNamingAnEventHasNoHead() {
        assertTrue(heads.hasHead("青山市友好协会"));
        assertFalse(heads.hasHead("青山论坛组委会"));
    }

    @Test
    void titleOfAOneCharacterHeadIsRecognised() {
        assertTrue(heads.titleOfHead("局长"));
        assertFalse(heads.titleOfHead("会员"));
    }
}

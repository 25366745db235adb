package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: 当地 before a body's words describes a local body of a kind and names none. */
class LocalBodiesTest {
    @Test
    void aLocalUniversityOrAssociationIsNoName() {
        Set<String> a = MadeUpSentences.entityKeys("访问期间,代表团还考察了当地工业大学,并与当地华侨协会座谈。");
        assertFalse(a.contains("ORGANIZATION 工业大学"), a.toString());
        assertFalse(a.contains("ORGANIZATION 华侨协会"), a.toString());
    }

    @Test
    void aNamedBodyElsewhereInTheSentenceStays() {
        Set<String> a = MadeUpSentences.entityKeys("代表团考察了当地工业大学,并拜会了青山市华侨协会。");
        assertTrue(a.contains("ORGANIZATION 青山市华侨协会"), a.toString());
    }
}

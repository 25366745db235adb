package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a distributive 各 before a head noun, with or without a grading word, names no body. */
class DistributiveBeforeAHeadNounTest {
    @Test
    void eachOfTheBodiesIsNoBody() {
        Set<String> a = MadeUpSentences.entityKeys("烟台大学联盟设理事会,由各联盟高校组成。");
        assertFalse(a.contains("ORGANIZATION 各联盟"), a.toString());
        assertTrue(a.contains("ORGANIZATION 烟台大学联盟"), a.toString());
        Set<String> b = MadeUpSentences.entityKeys("烟台商会代表与各海外分会负责人座谈。");
        assertFalse(b.contains("ORGANIZATION 各海外分会"), b.toString());
    }
}

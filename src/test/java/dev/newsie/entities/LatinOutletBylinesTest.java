package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up bylines: a reporter's name glued to a Latin-script outlet's name inside a bracketed byline. */
class LatinOutletBylinesTest {
    @Test
    void aReporterGluedToALatinOutletInABracketByline() {
        Set<String> k = MadeUpSentences.entityKeys("【NewsOne王小明/台北报导】高峰会今天开幕。");
        assertTrue(k.contains("PERSON 王小明"), k.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences listing a bare organ right after a body named by its place: the organ shares the place. */
class CoordinatedOrgansTest {
    @Test
    void aCouncilListedAfterTheCitysGovernment() {
        Set<String> n = organizations("王总领事表示,愿同松本市政府、议会齐心合力,推动友好交流。");
        assertTrue(n.contains("松本市政府"), n.toString());
        assertTrue(n.contains("松本市议会"), n.toString());
    }

    @Test
    void aBareOrganWithNoBodyBeforeItNamesNothing() {
        Set<String> n = organizations("王总领事表示,愿同议会齐心合力,推动友好交流。");
        assertFalse(n.stream().anyMatch(x -> x.contains("议会")), n.toString());
    }
}

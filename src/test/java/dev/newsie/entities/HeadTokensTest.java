package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences whose head nouns the segmenter split or ran past. */
class HeadTokensTest {
    @Test
    void headSplitByTheSegmenterIsJoined() {
        Set<String> n = organizations("名古屋市役所官员出席。");
        assertTrue(n.contains("名古屋市役所"), n.toString());
    }

    @Test
    void cityGovernmentInsideADelegationWord() {
        Set<String> n = organizations("俄罗斯伏尔加格勒市政府代表团抵达。");
        assertTrue(n.contains("伏尔加格勒市政府"), n.toString());
    }

    @Test
    void kindOfBodyIsNoNameAndTwoCountryAbbreviationsAre() {
        Set<String> n = organizations("友好协会代表团来访,日中友好协会会长出席。");
        assertFalse(n.contains("友好协会"), n.toString());
        assertTrue(n.contains("日中友好协会"), n.toString());
    }

    @Test
    void eventWordInsideAHeadDoesNotMakeAnEvent() {
        Set<String> n = organizations("神户商工会议所会长出席。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("商工会议所")), n.toString());
    }

    @Test
    void aBodyReadIntoOneTokenWithItsDelegationIsTheBody() {
        assertTrue(organizations("美国长滩市政府代表团抵达青岛。").contains("长滩市政府"));
        assertTrue(organizations("长滩港务局代表团参观了青岛港。").contains("长滩港务局"));
    }
}

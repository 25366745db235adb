package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: after 率团/组团 (leading a delegation) a verb of visiting opens the clause; the body follows it. */
class LedDelegationVerbsTest {
    @Test
    void aVisitAfterLeadingADelegationIsNoPartOfTheBody() {
        Set<String> found = MadeUpSentences.entityKeys("韩国光州市议会议长李正浩今日下午率团访问青河市议会,受到热情欢迎。");
        assertFalse(found.stream().anyMatch(k -> k.contains("团访问")), found.toString());
    }

    @Test
    void theBodyVisitedStays() {
        Set<String> found = MadeUpSentences.entityKeys("韩国光州市议会议长李正浩今日下午率团访问青河市议会,受到热情欢迎。");
        assertTrue(found.contains("ORGANIZATION 青河市议会"), found.toString());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names for kinds of body and groups of states. */
class KindNamesTest {
    private static Candidate org(String name) {
        return new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.WEAK);
    }

    @Test
    void aGroupOfStatesIsNoBody() {
        KindNames kinds = KindNames.load();
        assertTrue(kinds.namesAKind(org("甲乙丙国家")));
        assertTrue(kinds.namesAKind(org("发展中国家")));
        assertFalse(kinds.namesAKind(org("甲乙丙国家工作委员会")));
        assertFalse(kinds.namesAKind(org("国家")));
    }
}

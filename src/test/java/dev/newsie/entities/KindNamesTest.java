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

    @Test
    void aForeignCitysExecutiveWrittenBareIsNoBody() {
        KindNames kinds = KindNames.load();
        assertTrue(kinds.namesAKind(org("人民委员会")));
        assertTrue(kinds.namesAKind(org("市役所")));
        assertFalse(kinds.namesAKind(org("甲乙市人民委员会")));
        assertFalse(kinds.namesAKind(org("甲乙市役所")));
        java.util.Set<String> a = MadeUpSentences.entityKeys("越南乙丙市代表团团长、人民委员会副主席阮文明出席开幕式。");
        assertTrue(a.stream().noneMatch(k -> k.equals("ORGANIZATION 人民委员会")), a.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 部分市人大常委会委员, 许多县政府部门: a count word before a bare body says how many of its members or units; the body is
 * the bare reference after it, named in full for the article's place (GOLD.md §7), not a name opening with the count
 * (made-up sentences).
 */
class CountWordsBeforeBareBodiesTest {
    @Test
    void aCountWordIsNoPartOfTheBody() {
        Set<String> k = MadeUpSentences.entityKeys("烟台市人大常委会副主任楚明以及部分市人大常委会委员参加了会谈。");
        assertFalse(k.stream().anyMatch(s -> s.contains("部分")), k.toString());
        assertTrue(k.contains("ORGANIZATION 烟台市人大常委会"), k.toString());
    }

    @Test
    void aCountWordBeforeAKindStillNamesNoBody() {
        Set<String> k = MadeUpSentences.entityKeys("襄阳市召开座谈会,部分商会负责人出席。");
        assertFalse(k.stream().anyMatch(s -> s.contains("商会")), k.toString());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a demonstrative before a bare head noun (该组织, 本协会) refers back and is no name. */
class DemonstrativeBeforeAHeadNounTest {
    @Test
    void demonstrativeAndHeadNounIsNoBody() {
        Set<String> a = MadeUpSentences.entityKeys("烟台市加入了世界城地组织。该组织总部设在巴塞罗那,拥有一千多个城市会员。");
        assertFalse(a.contains("ORGANIZATION 该组织"), a.toString());
        Set<String> b = MadeUpSentences.entityKeys("12月5日,本协会理事长等一行拜会松本市长,商定明年合办纪念展。");
        assertFalse(b.contains("ORGANIZATION 本协会"), b.toString());
    }

    @Test
    void aNameOpeningWithTheSameCharacterStays() {
        Set<String> found = MadeUpSentences.entityKeys("本溪市政府代表团访问了襄阳。");
        assertTrue(found.stream().anyMatch(k -> k.startsWith("ORGANIZATION 本溪")), found.toString());
    }
}

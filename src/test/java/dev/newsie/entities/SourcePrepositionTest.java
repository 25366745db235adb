package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up credit lines: the 自 of 转载自 is "from", not the outlet's first character. */
class SourcePrepositionTest {
    @Test
    void theOutletAfter转载自StartsAfterThePreposition() {
        Set<String> n = organizations("本文经授权转载自屏东好新闻。");
        assertTrue(n.contains("屏东好新闻"), n.toString());
        assertTrue(n.stream().noneMatch(o -> o.startsWith("自")), n.toString());
    }
}

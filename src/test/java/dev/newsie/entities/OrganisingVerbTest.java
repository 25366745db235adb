package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses where 组织 after a body's head is the verb "to organise". */
class OrganisingVerbTest {
    @Test
    void theBodyOfAClauseWith由EndsBeforeTheVerb() {
        Set<String> n = organizations("昨天由日本山川青少年协会组织的学生团抵达。");
        assertTrue(n.contains("日本山川青少年协会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("协会组织")), n.toString());
    }

    @Test
    void aBodyNamedOrganisationStaysWhole() {
        Set<String> n = organizations("世界卫生组织代表出席了会议。");
        assertTrue(n.contains("世界卫生组织"), n.toString());
    }
}

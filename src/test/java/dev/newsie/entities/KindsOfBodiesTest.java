package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: an indefinite count or a partnership word before a bare head noun names no body. */
class KindsOfBodiesTest {
    @Test
    void indefiniteCountBeforeAHeadNamesNoBody() {
        assertFalse(MadeUpSentences.organizations("展会吸引了许多国家、很多商会参与洽谈。").contains("很多商会"));
        assertFalse(MadeUpSentences.organizations("百余商会齐聚江城共商合作。").contains("百余商会"));
    }

    @Test
    void partnershipWordBeforeAHeadNamesNoBody() {
        assertFalse(MadeUpSentences.organizations("两地中学互结友好学校后常有往来。").contains("友好学校"));
    }

    @Test
    void theLongestCountWordOpeningTheRunIsCut() {
        // counts that are prefixes of each other: whatever order the set holds them in, the longest one is cut
        Set<String> counts = Set.of("数十", "数十余", "上百", "上百家", "近百", "近百个", "十余", "十余家", "百余", "百余个");
        KindsOfBodies kinds = new KindsOfBodies(counts, counts);
        for (String longer : List.of("数十余", "上百家", "近百个", "十余家", "百余个")) {
            String text = longer + "县政府部门";
            assertEquals(longer.length(), kinds.afterCount(text, 0, text.length()), text);
        }
    }

    @Test
    void aNameThatOnlyStartsLikeACountStaysWhole() {
        KindsOfBodies kinds = KindsOfBodies.load();
        assertTrue(kinds.namesAKind("很多商会", "商会"));
        assertFalse(kinds.namesAKind("百川商会", "商会"));
        assertFalse(kinds.namesAKind("友好城市联合会", "联合会"));
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up clauses where a title is followed by a Japanese family name ending in 部: a person, no department. */
class SurnamesEndingInHeadsTest {
    @Test
    void aFamilyNameEndingIn部AfterATitleIsNoDepartment() {
        Set<String> n = organizations("佐野市长冈部一郎致词时说,两地情谊深厚。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aDepartmentWithItsOwnHeadIsStillOne() {
        Set<String> n = organizations("日本外务省亚洲部部长出席。");
        assertTrue(n.contains("日本外务省亚洲部"), n.toString());
    }
}

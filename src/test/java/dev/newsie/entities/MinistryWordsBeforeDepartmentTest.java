package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where a listed ministry's name (商务部, 教育部) runs into 门 of 部门 (a department of any body):
 * the words name the departments of a kind, no ministry; the ministry named on its own is still one.
 */
class MinistryWordsBeforeDepartmentTest {

    @Test
    void 部门AfterAPortfolioNamesNoMinistry() {
        Set<String> e = MadeUpSentences.entityKeys("烟台市与松本市签署备忘录后，两市商务部门交流了招商经验，教育部门也将互派教师。");
        assertFalse(e.contains("ORGANIZATION 商务部"), e.toString());
        assertFalse(e.contains("ORGANIZATION 教育部"), e.toString());
    }

    @Test
    void theMinistryNamedOnItsOwnIsKept() {
        Set<String> e = MadeUpSentences.entityKeys("商务部副部长出席了襄阳市举办的投资推介会。");
        assertTrue(e.contains("ORGANIZATION 商务部"), e.toString());
    }
}

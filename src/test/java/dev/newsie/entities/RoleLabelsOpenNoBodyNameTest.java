package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 主办方为某市人民政府: the label of a body's role is no part of its name (made-up sentences). */
class RoleLabelsOpenNoBodyNameTest {
    @Test
    void aHostLabelBeforeTheNameIsCut() {
        var found = MadeUpSentences.organizations("论坛的主办方为青岛市人民政府,承办方为日照市外事办公室。");
        assertTrue(found.contains("青岛市人民政府"), found.toString());
        assertTrue(found.contains("日照市外事办公室"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.startsWith("主办") || n.startsWith("承办")), found.toString());
    }
}

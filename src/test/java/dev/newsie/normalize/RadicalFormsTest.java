package dev.newsie.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RadicalFormsTest {
    private final RadicalForms forms = RadicalForms.shared();

    @Test
    void kangxiAndSupplementRadicalsBecomeTheIdeographsTheyLookLike() {
        assertEquals("甲市市长出席乙大学论坛", forms.toUnified("甲市市\u2ED3出席乙\u2F24学论坛")); // ⻓, ⼤
    }

    @Test
    void textWithoutRadicalsIsReturnedAsItIs() {
        String s = "甲市与乙市缔结友好城市";
        assertSame(s, forms.toUnified(s));
    }

    @Test
    void charactersOutsideTheRadicalBlocksAreKept() {
        assertEquals('、', forms.toUnified('、'));
        assertEquals('大', forms.toUnified('大'));
    }
}

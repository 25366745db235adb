package dev.newsie.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompatibilityIdeographsTest {
    @Test
    void compatibilityIdeographsBecomeTheirUnifiedIdeographs() {
        assertEquals('\u6A02', CompatibilityIdeographs.toUnified('\uF914')); // U+F914 → U+6A02 樂
        assertEquals('\u91D1', CompatibilityIdeographs.toUnified('\uF90A')); // U+F90A → U+91D1 金
        assertEquals("甲\u6A02乙", CompatibilityIdeographs.toUnified("甲\uF914乙"));
    }

    @Test
    void otherCharactersStayAsTheyAre() {
        assertEquals('乐', CompatibilityIdeographs.toUnified('乐'));
        assertEquals('\uFB01', CompatibilityIdeographs.toUnified('\uFB01')); // a Latin ligature, outside the block
        assertEquals("甲市", CompatibilityIdeographs.toUnified("甲市"));
    }
}

package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rows of hashtags, hot-place menus, image file names and board notes are page furniture (made-up lines). */
class TagRowsAndImageNamesTest {
    private static final LineClassifier RULES = LineClassifier.load();

    @Test
    void furnitureRowsAreJunk() {
        assertEquals(LineKind.JUNK, RULES.classify("熱門標籤 #城市外交 #青河交流 #白州"));
        assertEquals(LineKind.JUNK, RULES.classify("#友城 #青河"));
        assertEquals(LineKind.JUNK, RULES.classify("热门城市:白州 青河 丹阳 北滨"));
        assertEquals(LineKind.JUNK, RULES.classify("白州与青河庆祝结好十周年_fororder_图片2"));
        assertEquals(LineKind.JUNK, RULES.classify("该用户从未签到"));
    }

    @Test
    void sentencesWithTheSameWordsStay() {
        assertNotEquals(LineKind.JUNK, RULES.classify("白州今年新增3个热门城市合作项目,青河#1号码头同日启用。"));
        assertNotEquals(LineKind.JUNK, RULES.classify("代表团参观了白州美术馆的图片展。"));
    }
}

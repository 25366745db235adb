package dev.newsie.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class OneForOneTest {
    @Test
    void mapsEachUnitKeepingTheLength() {
        assertEquals("乙乙丙", OneForOne.map("甲乙丙", c -> c == '甲' ? '乙' : c));
    }

    @Test
    void returnsTheSameTextWhenNothingChanges() {
        String s = "甲乙丙";
        assertSame(s, OneForOne.map(s, c -> c));
    }
}

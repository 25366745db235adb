package dev.newsie.clean;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletHeadsTest {
    @Test
    void thePlaceholderStandsForTheHeadsOfAnOutletsName() {
        Pattern ending = Pattern.compile("^\\S+" + OutletHeads.expand(OutletHeads.PLACEHOLDER) + "$");
        assertTrue(ending.matcher("青河日报").matches());
        assertTrue(ending.matcher("青河新闻").matches());
        assertFalse(ending.matcher("市外办工作简报").matches(), "a bare 报 ends reports too, not only outlets");
    }

    @Test
    void aRegexWithoutThePlaceholderIsLeftAsItIs() {
        assertEquals("^(阅读|浏览)\\d+$", OutletHeads.expand("^(阅读|浏览)\\d+$"));
    }
}

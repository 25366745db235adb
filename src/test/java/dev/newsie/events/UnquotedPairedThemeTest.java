package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 以A、B为主题 without quotation marks: two parallel phrases of one length make one theme (made-up sentences). */
class UnquotedPairedThemeTest {
    @Test
    void twoParallelPhrasesAfter以AreTheTheme() {
        assertEquals("携手山海协作、共绘边疆新篇",
                ForumTopics.theme("本届大会以携手山海协作、共绘边疆新篇为主题,来自12个国家的代表出席。"));
    }

    @Test
    void twoParallelPhrasesAfter主题为AreTheTheme() {
        assertEquals("互联互通、共建共享", ForumTopics.theme("本次论坛主题为互联互通、共建共享,为期两天。"));
    }

    @Test
    void itemsOfUnequalLengthAreNoTheme() {
        assertNull(ForumTopics.theme("论坛以港口建设、湿地生态保护为主题。"));
    }
}

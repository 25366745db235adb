package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 发表了主题为“X”的演讲: the 主题 of a talk is the speaker's title, not the forum's theme (made-up sentences). */
class ThemeOfATalkTest {
    @Test
    void aQuotedTalkTitleIsNoTheme() {
        assertNull(ForumTopics.theme("白州市副市长发表了主题为“做强港口经济、拓展友城合作”的演讲。"));
    }

    @Test
    void anUnquotedTalkTitleIsNoTheme() {
        assertNull(ForumTopics.theme("他作了主题为做强港口经济的报告。"));
    }

    @Test
    void theForumsThemeAfterATalksIsStillRead() {
        assertEquals("携手共进", ForumTopics.theme("他发表了主题为“做强港口经济”的演讲,本届论坛的主题为“携手共进”。"));
    }
}

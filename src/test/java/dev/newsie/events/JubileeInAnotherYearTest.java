package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words of the sentence before a jubilee that set it in another year than the page's; made-up sentences. */
class JubileeInAnotherYearTest {
    private static boolean before(String text, String jubilee) {
        return JubileeInAnotherYear.before(text, text.indexOf(jubilee));
    }

    @Test
    void aJubileeToComeOrPastIsInAnotherYear() {
        assertTrue(before("明年,两地还将纪念结好20周年。", "结好"));
        assertTrue(before("甲乙两市去年纪念结好20周年。", "结好"));
        assertTrue(before("2031年,两市共同纪念结好20周年。", "结好"));
    }

    @Test
    void onlyTheJubileesOwnSentenceCounts() {
        assertFalse(before("两市明年互派学生。今天,两市纪念结好20周年。", "结好"));
        assertFalse(before("今天,两市纪念结好20周年。", "结好"));
    }
}

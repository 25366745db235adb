package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of a role-and-word list (RoleWords) make the alternations its readers build their patterns from (made-up words). */
class WordListRowsMakeAlternationsTest {
    private static final RoleWords ROWS = RoleWords.of(List.of(
            new String[] {"GREET", "拜晤", "+"},
            new String[] {"GREET", "拜", "-"},
            new String[] {"TALK", "商叙", "+"},
            new String[] {"GREET", "拜晤", "+"}));

    @Test
    void aRowsWordIsMatchedOnlyUnderItsOwnRole() {
        Pattern greet = Pattern.compile(ROWS.alternation("GREET"));
        assertTrue(greet.matcher("甲市长拜晤乙市长").find());
        assertFalse(greet.matcher("甲市长商叙乙市长").find());
        assertTrue(Pattern.compile(ROWS.alternation("GREET", "TALK")).matcher("甲市长商叙乙市长").find());
    }

    @Test
    void theLongerWordIsTriedFirstAndARepeatedRowCountsOnce() {
        Matcher m = Pattern.compile(ROWS.alternation("GREET")).matcher("拜晤");
        assertTrue(m.find());
        assertEquals("拜晤", m.group());
        assertEquals(List.of("拜晤", "拜"), ROWS.words("GREET"));
    }

    @Test
    void aFlagColumnSelectsItsRows() {
        assertEquals(List.of("拜晤", "商叙"), ROWS.wordsFlagged(2, "+", "GREET", "TALK"));
        assertEquals(List.of("拜"), ROWS.wordsFlagged(2, "-", "GREET", "TALK"));
    }

    @Test
    void aRoleWithoutRowsMatchesNothing() {
        assertFalse(Pattern.compile(ROWS.alternation("NONE")).matcher("拜晤商叙").find());
    }

    @Test
    void theMeetingVerbsAreReadFromTheModelFile() {
        assertEquals(List.of("会见", "会晤", "接见"), RoleWords.MEETING_VERBS.words("RECEIVE"));
        assertEquals(List.of("会谈"), RoleWords.MEETING_VERBS.words("TALK"));
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of a role-and-word list (RoleWords) make the alternations its readers build their patterns from (made-up words). */
class RoleWordsTest {
    @TempDir
    Path dir;

    /** A made-up word list with a header and the given rows, read as RoleWords with at least {@code columns} columns. */
    private RoleWords list(int columns, String... rows) throws IOException {
        Path file = dir.resolve("made-up-verbs.tsv");
        Files.writeString(file, "# made-up-verbs.tsv — invented words for a test.\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        return RoleWords.read(file, columns);
    }

    private RoleWords rows() throws IOException {
        return list(3, "GREET\t拜晤\t+", "GREET\t拜\t-", "TALK\t商叙\t+", "GREET\t拜晤\t+");
    }

    @Test
    void aRowsWordIsMatchedOnlyUnderItsOwnRole() throws IOException {
        RoleWords rows = rows();
        Pattern greet = Pattern.compile(rows.alternation("GREET"));
        assertTrue(greet.matcher("甲市长拜晤乙市长").find());
        assertFalse(greet.matcher("甲市长商叙乙市长").find());
        assertTrue(Pattern.compile(rows.alternation("GREET", "TALK")).matcher("甲市长商叙乙市长").find());
    }

    @Test
    void theLongerWordIsTriedFirstAndARepeatedRowCountsOnce() throws IOException {
        RoleWords rows = rows();
        Matcher m = Pattern.compile(rows.alternation("GREET")).matcher("拜晤");
        assertTrue(m.find());
        assertEquals("拜晤", m.group());
        assertEquals(List.of("拜晤", "拜"), rows.words("GREET"));
    }

    @Test
    void onlyTheWordsFlaggedPlusGoOnAfterTheMeeting() throws IOException {
        RoleWords rows = rows();
        assertEquals(List.of("拜晤", "商叙"), rows.wordsGoingOnAfter("GREET", "TALK"));
        assertFalse(rows.wordsGoingOnAfter("GREET", "TALK").contains("拜"));
        assertTrue(rows.words("GREET").contains("拜"));
    }

    @Test
    void anAfterFlagOtherThanPlusOrMinusIsAnErrorNamingTheLine() throws IOException {
        RoleWords rows = list(3, "GREET\t拜晤\t+", "GREET\t拜\t?");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rows.wordsGoingOnAfter("GREET"));
        assertTrue(e.getMessage().contains("made-up-verbs.tsv:3"), e.getMessage());
    }

    @Test
    void aRowWithoutItsFlagIsRefusedWhenTheFlagIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> list(3, "GREET\t拜晤\t+", "TALK\t商叙"));
        assertTrue(e.getMessage().contains("made-up-verbs.tsv:3"), e.getMessage());
    }

    @Test
    void aRoleWithoutRowsMatchesNothing() throws IOException {
        assertFalse(Pattern.compile(rows().alternation("NONE")).matcher("拜晤商叙").find());
    }

    @Test
    void theMeetingVerbsAreReadFromTheModelFile() {
        assertEquals(List.of("会见", "会晤", "接见"), RoleWords.MEETING_VERBS.words("RECEIVE"));
        assertEquals(List.of("会谈"), RoleWords.MEETING_VERBS.words("TALK"));
    }
}

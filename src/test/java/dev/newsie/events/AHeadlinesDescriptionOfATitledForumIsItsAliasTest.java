package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 青河大学举办城市日研讨会 above 9月14日,“城市外交:机遇与挑战”研讨会在青河召开: the headline describes the one
 * symposium the lead names by its quoted title; one forum, the headline's name its alias (made-up report).
 */
class AHeadlinesDescriptionOfATitledForumIsItsAliasTest {
    private static final String REPORT = "青河大学举办城市日研讨会\n"
            + "9月14日,“城市外交:机遇与挑战”研讨会在青河召开。本次研讨会由青河大学、白山研究院联合主办。";

    @Test
    void oneForumNamedByItsTitle() {
        List<Event> fs = ofType(run(REPORT, "2026-09-15"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("城市外交:机遇与挑战研讨会", CanonicalNames.surfaceForm(fs.get(0).name()));
        assertEquals(List.of("城市日研讨会"), fs.get(0).aliases());
        assertEquals("2026-09-14", fs.get(0).date());
    }
}

package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * “城市外交:机遇、挑战与治理”研讨会: a symposium's quoted title before its bare head may hold a colon before its
 * subtitle and a list of its subjects; with the head it is the symposium's name (made-up report).
 */
class AQuotedSymposiumTitleWithASubtitleNamesItTest {
    @Test
    void theTitleAndTheHeadAreTheName() {
        List<Event> fs = ofType(run("9月14日,“城市外交:机遇、挑战与治理”研讨会在青河召开。", "2026-09-15"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("城市外交:机遇、挑战与治理研讨会", CanonicalNames.surfaceForm(fs.get(0).name()));
        assertEquals("2026-09-14", fs.get(0).date());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: a citizenship of honour named with its place (扬州市荣誉市民) does not say who conferred it; with no
 * body said to confer, the award has no giver (GOLD.md §7: the giver as written). A place said to confer still gives.
 */
class AnHonourNamedForAPlaceNamesNoGiverTest {
    @Test
    void aCeremonyWithNoConferrerNamedHasNoGiver() {
        List<Event> a = ofType(run("授证\n8日，第九批“扬州市荣誉市民”授证仪式，在瘦西湖畔举行。书记为九位新晋荣誉市民颁证。"
                + "扬州拟办灯会。", "2031-05-09"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertNull(a.get(0).giver(), a.toString());
    }

    @Test
    void aPlaceSaidToConferIsStillTheGiver() {
        List<Event> a = ofType(run("授证\n8日，扬州市政府授予松本先生“扬州市荣誉市民”称号。", "2031-05-09"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("扬州市政府"), a.get(0).giver(), a.toString());
    }
}

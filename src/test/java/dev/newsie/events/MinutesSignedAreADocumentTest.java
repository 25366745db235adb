package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 签署了会谈纪要: the minutes of talks that the sides sign at their end are a document signed, a signing of kind OTHER
 * (made-up report; {@code models/events/lexicon.tsv} row DOC 纪要).
 */
class MinutesSignedAreADocumentTest {
    @Test
    void minutesSignedByTwoSidesAreASigning() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "会谈结束时,成都市与法国蒙彼利埃市签署了年度会谈纪要。", "2022-09-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("成都", "蒙彼利埃"), Set.copyOf(s.get(0).parties()), s.toString());
        assertEquals("年度会谈纪要", s.get(0).title(), s.toString());
        assertEquals("OTHER", s.get(0).agreement(), s.toString());
    }
}

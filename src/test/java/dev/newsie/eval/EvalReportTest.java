package dev.newsie.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalReportTest {
    private static DocumentScore doc(String id, int entityTp, int entityFn) {
        Tally entities = new Tally();
        entities.add("CITY", new PrfCounts(entityTp, 0, entityFn));
        return new DocumentScore(id, PrfCounts.ZERO, entities, new Tally(), new Tally(), new Tally(), new Tally(), new Tally());
    }

    @Test
    void halvesAlternateInIdOrderAndAddUpToTheWhole() {
        EvalReport r = new EvalReport("sys");
        // Added out of order: halves follow the sorted ids, not the order of arrival.
        r.add(doc("d02", 0, 1));
        r.add(doc("d01", 1, 0));
        r.add(doc("d04", 0, 1));
        r.add(doc("d03", 1, 0));
        List<EvalReport> halves = r.halves();
        assertEquals(List.of("d01", "d03"), halves.get(0).documents().stream().map(DocumentScore::id).toList());
        assertEquals(List.of("d02", "d04"), halves.get(1).documents().stream().map(DocumentScore::id).toList());
        assertEquals(1.0, halves.get(0).entities().total().f1());
        assertEquals(0.0, halves.get(1).entities().total().f1());
        assertEquals(r.entities().total(), halves.get(0).entities().total().plus(halves.get(1).entities().total()));
    }
}

package dev.newsie.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrfCountsTest {
    @Test
    void computesPrecisionRecallAndF1() {
        PrfCounts c = new PrfCounts(6, 2, 4);
        assertEquals(0.75, c.precision(), 1e-9);
        assertEquals(0.6, c.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-9);
    }

    @Test
    void addsUp() {
        assertEquals(new PrfCounts(3, 3, 3), new PrfCounts(1, 2, 3).plus(new PrfCounts(2, 1, 0)));
    }

    @Test
    void comparesMultisets() {
        assertEquals(new PrfCounts(2, 1, 1), PrfCounts.compare(List.of("a", "a", "b"), List.of("a", "a", "c")).plus(PrfCounts.ZERO));
        assertEquals(new PrfCounts(1, 2, 0), PrfCounts.compare(List.of("a", "a", "a"), List.of("a")));
    }

    @Test
    void emptyAgainstEmptyIsPerfectButEmptyAgainstSomethingIsZero() {
        assertEquals(1.0, PrfCounts.ZERO.f1());
        assertEquals(0.0, new PrfCounts(0, 0, 3).f1());
        assertEquals(0.0, new PrfCounts(0, 3, 0).precision());
    }

    @Test
    void nothingToCountIsEmptyAndHasNoFiguresInJson() {
        assertEquals(true, PrfCounts.ZERO.isEmpty());
        assertEquals(false, new PrfCounts(0, 1, 0).isEmpty());
        assertEquals(null, PrfCounts.ZERO.toMap().get("f1"));
        assertEquals(0.5, new PrfCounts(1, 1, 1).toMap().get("f1"));
    }
}

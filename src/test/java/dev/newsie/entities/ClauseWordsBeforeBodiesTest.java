package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up names after words of the clause. */
class ClauseWordsBeforeBodiesTest {
    private static Candidate org(int start, String name) {
        return new Candidate(start, start + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void aConjunctionOrAVerbOfGoingIsCutFromTheName() {
        Candidate c = ClauseWordsBeforeBodies.cut(org(5, "以及青河钢铁公司"), List.of());
        assertEquals("青河钢铁公司", c.name());
        assertEquals(7, c.start());
        assertEquals("甲乙州议会", ClauseWordsBeforeBodies.cut(org(0, "赴甲乙州议会"), List.of()).name());
    }

    @Test
    void aTimeWordIsCutOnlyBeforeAPlace() {
        Candidate place = new Candidate(3, 5, EntityType.CITY, "青河", null, Candidate.Source.PATTERN);
        assertEquals("青河市委", ClauseWordsBeforeBodies.cut(org(2, "后青河市委"), List.of(place)).name());
        assertEquals("后勤保障部", ClauseWordsBeforeBodies.cut(org(10, "后勤保障部"), List.of(place)).name());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.entityKeys;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a person's full name runs into the bare organ of his title or into his verb. */
class PersonsBeforeOrgansTest {
    @Test
    void aPersonsNameAndTheBareOrganOfHisTitleAreNoBody() {
        Set<String> n = entityKeys("襄阳市委书记张德华出席仪式。张德华市委书记代表全市人民致辞。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("ORGANIZATION 张德华")), n.toString());
    }

    @Test
    void aPlaceOpeningTheNameKeepsTheBody() {
        Set<String> n = entityKeys("襄阳市委书记张德华出席仪式。");
        assertTrue(n.contains("ORGANIZATION 襄阳市委"), n.toString());
    }
}

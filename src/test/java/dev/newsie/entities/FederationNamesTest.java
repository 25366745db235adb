package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up federations named by a place, their members' kind and 联合总会. */
class FederationNamesTest {
    private static final String TEXT = "获奖者:王立新、青河街坊会联合总会。";
    private static final List<Candidate> PLACES = List.of(new Candidate(TEXT.indexOf("青河"), TEXT.indexOf("青河") + 2, EntityType.CITY, "青河", null, Candidate.Source.PATTERN));

    private static String name(String federation) {
        int s = TEXT.indexOf(federation);
        return FederationNames.withMembers(TEXT, new Candidate(s, s + federation.length(), EntityType.ORGANIZATION, federation, null, Candidate.Source.PATTERN), PLACES).name();
    }

    @Test
    void aFederationRunsBackOverItsMembersKindToItsPlace() {
        assertEquals("青河街坊会联合总会", name("联合总会"));
    }

    @Test
    void aNamedBodyStaysAsItIs() {
        assertEquals("街坊会联合总会", name("街坊会联合总会"));
    }
}

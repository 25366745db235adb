package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionMergerTest {
    private static Candidate c(int s, int e, EntityType t, Candidate.Source src) {
        return new Candidate(s, e, t, "x" + s + e, null, src);
    }

    @Test
    void organisationSwallowsThePlacesInside() {
        Candidate org = c(0, 9, EntityType.ORGANIZATION, Candidate.Source.PATTERN);
        Candidate city = c(0, 3, EntityType.CITY, Candidate.Source.PATTERN);
        assertEquals(List.of(org), MentionMerger.merge(List.of(city, org)));
    }

    @Test
    void longerSpanWinsOverShorter() {
        Candidate longer = c(0, 4, EntityType.CITY, Candidate.Source.GAZETTEER);
        Candidate shorter = c(0, 3, EntityType.COUNTRY, Candidate.Source.PATTERN);
        assertEquals(List.of(longer), MentionMerger.merge(List.of(shorter, longer)));
    }

    @Test
    void atEqualLengthTheStrongerSourceWins() {
        Candidate weak = c(2, 5, EntityType.PERSON, Candidate.Source.WEAK);
        Candidate strong = c(2, 5, EntityType.CITY, Candidate.Source.GAZETTEER);
        assertEquals(List.of(strong), MentionMerger.merge(List.of(weak, strong)));
    }

    @Test
    void weakOrganisationsDoNotSwallowPlaces() {
        Candidate weakOrg = c(0, 6, EntityType.ORGANIZATION, Candidate.Source.WEAK);
        Candidate country = c(0, 2, EntityType.COUNTRY, Candidate.Source.GAZETTEER);
        Candidate city = c(2, 6, EntityType.CITY, Candidate.Source.GAZETTEER);
        assertEquals(List.of(weakOrg), MentionMerger.merge(List.of(weakOrg, country, city)));
    }

    @Test
    void disjointCandidatesAreAllKeptInTextOrder() {
        Candidate a = c(5, 7, EntityType.CITY, Candidate.Source.GAZETTEER), b = c(0, 2, EntityType.COUNTRY, Candidate.Source.GAZETTEER);
        assertEquals(List.of(b, a), MentionMerger.merge(List.of(a, b)));
    }

    @Test
    void aCuratedOrganisationNamesThePatternsEqualSpan() {
        Candidate pattern = new Candidate(0, 5, EntityType.ORGANIZATION, "友城联合会", null, Candidate.Source.PATTERN);
        Candidate listed = new Candidate(0, 5, EntityType.ORGANIZATION, "中国国际友好城市联合会", null, Candidate.Source.GAZETTEER);
        assertEquals("中国国际友好城市联合会", MentionMerger.merge(List.of(pattern, listed)).get(0).name());
    }
}

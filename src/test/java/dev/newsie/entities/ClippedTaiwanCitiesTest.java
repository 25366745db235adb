package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up names of Taiwan's city bodies written with the city clipped. */
class ClippedTaiwanCitiesTest {
    private static final OrganizationHeads HEADS = new OrganizationHeads(List.of("议会", "政府", "会"));
    private static final ClippedTaiwanCities CLIPS = new ClippedTaiwanCities(Map.of("甲市", "甲乙市"));

    @Test
    void aClippedCityAndAHeadNameTheCitysBodyInFull() {
        assertEquals("甲乙市议会", CLIPS.fullName("甲市议会", 1, List.of(), HEADS));
    }

    @Test
    void aClipInsideAPlaceIsNoClip() {
        List<Candidate> places = List.of(new Candidate(0, 2, dev.newsie.model.EntityType.CITY, "丙甲", null, Candidate.Source.GAZETTEER));
        assertNull(CLIPS.fullName("甲市议会", 1, places, HEADS));
    }

    @Test
    void aClipBeforeMoreThanAHeadIsLeftAsWritten() {
        assertNull(CLIPS.fullName("甲市区政府", 0, List.of(), HEADS));
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up runs that end in 政府 after a conjunction. */
class GovernmentJoinedToAFieldTest {
    private static Candidate org(String name) {
        return new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void aFieldOrAKindJoinedToGovernmentIsNoBody() {
        assertTrue(GovernmentJoinedToAField.isField(org("青河地区文教及政府"))); // …及政府论坛
        assertTrue(GovernmentJoinedToAField.isField(org("学界与政府"))); // …与政府间合作
        assertTrue(GovernmentJoinedToAField.isField(org("企业和政府"))); // …和政府官员
    }

    @Test
    void aGovernmentNamedByItsPlaceOrTwoBodiesJoinedKeepTheirReading() {
        assertFalse(GovernmentJoinedToAField.isField(org("青河市政府")));
        assertFalse(GovernmentJoinedToAField.isField(org("青河市委和政府")));
        assertFalse(GovernmentJoinedToAField.isField(org("青河市人大及政府")));
        assertFalse(GovernmentJoinedToAField.isField(org("青河市政协和政府")));
        assertFalse(GovernmentJoinedToAField.isField(org("及政府")));
        assertFalse(GovernmentJoinedToAField.isField(new Candidate(0, 4, EntityType.CITY, "青河及政府", null, Candidate.Source.PATTERN)));
    }
}

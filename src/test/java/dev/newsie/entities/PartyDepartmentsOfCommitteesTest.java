package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A party committee's department written bare after the committee's standing member title (市委常委、统战部部长), as the
 * NER backend finds it, is the committee's, named in full for the article's place, and nothing when no such place is
 * named (made-up sentences).
 */
class PartyDepartmentsOfCommitteesTest {
    private static final BareOrganizationReferences BARE = BareOrganizationReferences.load();
    private static final OrganizationRecognizer ORGANIZATIONS = OrganizationRecognizer.load();

    private static Candidate found(String text) {
        int at = text.indexOf("统战部");
        Candidate org = new Candidate(at, at + 3, EntityType.ORGANIZATION, "统战部", null, Candidate.Source.WEAK);
        return BackendBareBodies.qualified(text, org, MadeUpSentences.placeCandidates(text), BARE, ORGANIZATIONS);
    }

    @Test
    void theDepartmentOfANamedCitysCommittee() {
        assertEquals("烟台市委统战部", found("9月3日,烟台市举行招商推介会。市委常委、统战部部长李立出席并致辞。").name());
    }

    @Test
    void noPlaceNamedNoDepartment() {
        assertNull(found("9月3日,县委常委、统战部部长李立出席签约仪式并致辞。"));
    }

    @Test
    void aDepartmentNamedWithItsPlaceStays() {
        assertEquals("统战部", found("烟台市委统战部部长李立出席。").name());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names for short forms of a body's name. */
class AbbreviatedOrganizationsTest {
    @Test
    void charactersKeptInOrderFromTheFullNameAreAShortForm() {
        assertTrue(AbbreviatedOrganizations.abbreviates("青河市友协", "青河市人民对外友好协会"));
        assertTrue(AbbreviatedOrganizations.abbreviates("青河市贸促会", "青河市贸易促进委员会"));
    }

    @Test
    void aWholeWordOfALongerNameIsAnotherBody() {
        assertFalse(AbbreviatedOrganizations.abbreviates("青河大学", "青河外国语大学"));
        assertFalse(AbbreviatedOrganizations.abbreviates("青河市政府", "青河市政府外事办公室"));
        assertFalse(AbbreviatedOrganizations.abbreviates("白山市友协", "青河市人民对外友好协会"));
        assertFalse(AbbreviatedOrganizations.abbreviates("青河市委", "青河市人大常委会")); // the party committee is another body
    }

    @Test
    void theShortFormIsNamedInFull() {
        Candidate full = new Candidate(0, 11, EntityType.ORGANIZATION, "青河市人民对外友好协会", null, Candidate.Source.PATTERN);
        Candidate shortForm = new Candidate(20, 25, EntityType.ORGANIZATION, "青河市友协", null, Candidate.Source.PATTERN);
        assertEquals("青河市人民对外友好协会", AbbreviatedOrganizations.named(List.of(full, shortForm)).get(1).name());
    }

    @Test
    void theFullNameLessItsStatusWordIsAShortForm() {
        assertTrue(AbbreviatedOrganizations.abbreviates("青河大学", "国立青河大学"));
        assertFalse(AbbreviatedOrganizations.abbreviates("青河大学", "国立白山大学"));
    }

    @Test
    void anOfficesNameCutAfterItsFirstCharacterIsAShortForm() {
        assertTrue(AbbreviatedOrganizations.abbreviates("青河市外事办", "青河市外事办公室"));
        assertTrue(AbbreviatedOrganizations.abbreviates("甲乙办", "甲乙办公室")); // two characters before the office's head
        assertTrue(AbbreviatedOrganizations.abbreviates("市外事办", "市外事办公室"));
        assertFalse(AbbreviatedOrganizations.abbreviates("青河市委", "青河市委办公室")); // the committee, not its office
        assertFalse(AbbreviatedOrganizations.abbreviates("白山市外事办", "青河市外事办公室"));
    }

    @Test
    void aShortFormOfAStateOrganIsNamedAsItsOfficialName() {
        Candidate full = new Candidate(0, 7, EntityType.ORGANIZATION, "青河市人民政府", null, Candidate.Source.PATTERN);
        Candidate shortForm = new Candidate(20, 25, EntityType.ORGANIZATION, "青河市政府", null, Candidate.Source.PATTERN);
        assertEquals("青河市人民政府", AbbreviatedOrganizations.named(List.of(full, shortForm)).get(1).name());
    }

    @Test
    void shortFormsOfShortFormsAreAllNamedAsTheFullestName() {
        Candidate shortest = new Candidate(0, 4, EntityType.ORGANIZATION, "青河政府", null, Candidate.Source.PATTERN);
        Candidate shorter = new Candidate(10, 15, EntityType.ORGANIZATION, "青河市政府", null, Candidate.Source.PATTERN);
        Candidate full = new Candidate(20, 27, EntityType.ORGANIZATION, "青河市人民政府", null, Candidate.Source.PATTERN);
        List<Candidate> named = AbbreviatedOrganizations.named(List.of(shortest, shorter, full));
        assertEquals(List.of("青河市人民政府", "青河市人民政府", "青河市人民政府"), named.stream().map(Candidate::name).toList());
    }

    @Test
    void aMissionsShortFormIsNamedAsTheFullMission() {
        Candidate full = new Candidate(0, 9, EntityType.ORGANIZATION, "驻青河国白山代表处", null, Candidate.Source.PATTERN);
        Candidate shortForm = new Candidate(30, 37, EntityType.ORGANIZATION, "驻青河国代表处", null, Candidate.Source.PATTERN);
        Candidate otherSeat = new Candidate(40, 46, EntityType.ORGANIZATION, "驻白山代表处", null, Candidate.Source.PATTERN);
        List<Candidate> named = AbbreviatedOrganizations.named(List.of(full, shortForm, otherSeat));
        assertEquals("驻青河国白山代表处", named.get(1).name());
        assertEquals("驻白山代表处", named.get(2).name()); // another seat: another mission
    }
}

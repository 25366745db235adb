package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names of local bodies written with and without the words of their official names. */
class WordsLeftOutOfOfficialNamesTest {
    @Test
    void thePlacesLevelWordLeftOutNamesTheSameBody() {
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("青河政府", "青河市政府"));
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("白沙人民委员会", "白沙市人民委员会"));
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("青河文化局", "青河县文化局"));
    }

    @Test
    void theStateOrgansPeopleLeftOutNamesTheSameBody() {
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("青河市政府", "青河市人民政府"));
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("青河县法院", "青河县人民法院"));
    }

    @Test
    void otherWordsLeftOutNameAnotherBody() {
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("青河银行", "青河人民银行")); // not a state organ
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("青河市委员会", "青河市人民委员会")); // a party committee
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("白沙市政府", "青河市政府"));
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("青河市政", "青河市政府")); // the kind's own character
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("青河政府", "青河市人民政府")); // two words at once
    }

    @Test
    void theShortFormIsNamedAsTheOfficialName() {
        Candidate full = new Candidate(0, 7, EntityType.ORGANIZATION, "青河市人民政府", null, Candidate.Source.PATTERN);
        Candidate shortForm = new Candidate(20, 25, EntityType.ORGANIZATION, "青河市政府", null, Candidate.Source.PATTERN);
        assertEquals("青河市人民政府", AbbreviatedOrganizations.named(List.of(full, shortForm)).get(1).name());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up clipped names of friendship associations and the full names they stand for. */
class FriendshipAssociationNamesTest {
    private static final FriendshipAssociationNames NAMES = FriendshipAssociationNames.load(CountryAbbreviations.load().countries());

    private static Candidate org(String name) {
        return new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void aChineseDivisionsClippedAssociationIsItsPeoplesAssociationNamedInFull() {
        assertEquals("九江市人民对外友好协会", NAMES.fullName("九江市友协", List.of(org("九江市人民对外友好协会"))));
        assertEquals("湖南省人民对外友好协会", NAMES.fullName("湖南省对外友协", List.of(org("湖南省人民对外友好协会"))));
    }

    @Test
    void aTwoCountryFormIsTheAssociationNamedInFull() {
        assertEquals("泰国中国友好协会", NAMES.fullName("泰中友协", List.of(org("泰国中国友好协会"))));
    }

    @Test
    void aTwoCountryFormKeepsTheFirstCharacterOfACountryWithoutAnAbbreviation() {
        Candidate country = new Candidate(0, 4, EntityType.COUNTRY, "甲乙丙国", null, Candidate.Source.GAZETTEER);
        assertEquals("甲乙丙国中国人民友好协会", NAMES.fullName("甲中友协", List.of(country, org("甲乙丙国中国人民友好协会"))));
        assertEquals("甲乙丙国中国友好协会", NAMES.fullName("甲中友协", List.of(country, org("甲乙丙国中国友好协会"))));
        assertNull(NAMES.fullName("丁中友协", List.of(country, org("甲乙丙国中国人民友好协会"))));
        assertNull(NAMES.fullName("甲中友协", List.of(org("甲乙丙国中国人民友好协会"))), "the opening must be a country the article names");
    }

    @Test
    void aClippedNameNeverWrittenInFullStaysAsWritten() {
        assertNull(NAMES.fullName("九江市友协", List.of()));
        assertNull(NAMES.fullName("泰中友协", List.of()));
        assertNull(NAMES.fullName("静冈县日中友协", List.of(org("九江市人民对外友好协会"))));
    }

    @Test
    void otherNamesAreNoClippedForm() {
        assertNull(NAMES.fullName("友协", List.of()));
        assertNull(NAMES.fullName("九江市人民对外友好协会", List.of()));
    }
}

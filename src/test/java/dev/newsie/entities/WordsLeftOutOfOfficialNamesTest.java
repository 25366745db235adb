package dev.newsie.entities;

import org.junit.jupiter.api.Test;

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
    void aPlaceWhoseNameEndsInALevelCharacterMayLeaveItsLevelWordOut() {
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("丹州政府", "丹州市政府"));
        assertTrue(WordsLeftOutOfOfficialNames.leftOut("丹州外事局", "丹州市外事局"));
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("青河市政府", "青河市区政府")); // the city's district, not the city
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
        assertFalse(WordsLeftOutOfOfficialNames.leftOut("全国代表大会", "全国人民代表大会")); // a party's congress: no place level
    }
}

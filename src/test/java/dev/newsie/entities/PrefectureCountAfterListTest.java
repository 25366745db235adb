package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a count of prefectures right after a list (甲、乙两府, 丙、丁两县) gives every bare item its
 * suffix, so a name that is both a city and a prefecture names the prefecture there.
 */
class PrefectureCountAfterListTest {
    @Test
    void namesCountedAsTwoPrefecturesAreProvinces() {
        Set<String> k = MadeUpSentences.placeKeys("代表团由京都、大阪两府以及奈良、德岛两县知事组成。");
        assertTrue(k.containsAll(Set.of("PROVINCE 京都", "PROVINCE 大阪", "PROVINCE 奈良", "PROVINCE 德岛")), k.toString());
    }
}

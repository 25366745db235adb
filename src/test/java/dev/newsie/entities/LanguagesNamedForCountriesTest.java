package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a country's name before 语 names a language, no mention of the country; the same name on its own,
 * or before a word that 语 only opens (语境), still is.
 */
class LanguagesNamedForCountriesTest {
    @Test
    void aLanguageSpokenOrTaughtNamesNoCountry() {
        Set<String> e = MadeUpSentences.entityKeys("晚会上,常德的学生用西班牙语朗诵了诗歌。");
        assertFalse(e.contains("COUNTRY 西班牙"), e.toString());
        assertTrue(e.contains("CITY 常德"), e.toString());
    }

    @Test
    void aLanguageTeacherOrCourseNamesNoCountry() {
        Set<String> e = MadeUpSentences.entityKeys("两所学校将合作开设泰国语课程,并聘请葡萄牙语教师。");
        assertFalse(e.contains("COUNTRY 泰国"), e.toString());
        assertFalse(e.contains("COUNTRY 葡萄牙"), e.toString());
    }

    @Test
    void aVersionInTheLanguageNamesNoCountry() {
        Set<String> e = MadeUpSentences.entityKeys("这本画册的韩国语版于去年出版。");
        assertFalse(e.contains("COUNTRY 韩国"), e.toString());
    }

    @Test
    void theCountryOnItsOwnOrItsContextIsStillNamed() {
        assertTrue(MadeUpSentences.entityKeys("来自西班牙的客人用西班牙语致辞。").contains("COUNTRY 西班牙"));
        assertTrue(MadeUpSentences.entityKeys("他谈到在巴西语境下如何讲好城市故事。").contains("COUNTRY 巴西"));
    }
}

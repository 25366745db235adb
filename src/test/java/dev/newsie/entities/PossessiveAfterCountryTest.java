package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a foreign country, 的, then one of its places. */
class PossessiveAfterCountryTest {
    private static boolean has(List<Candidate> found, EntityType type, String name, String country) {
        return found.stream().anyMatch(c -> c.type() == type && c.name().equals(name) && country.equals(c.country()));
    }

    @Test
    void aPlaceAfterTheCountryAnd的IsReadInThatCountry() {
        List<Candidate> found = MadeUpSentences.placeCandidates("2024年5月6日,烟台市与日本的别府市签署友好城市协议书。");
        assertTrue(has(found, EntityType.CITY, "别府", "日本"), found.toString());
        found = MadeUpSentences.placeCandidates("2024年5月6日,襄阳市代表团访问了俄罗斯的卡尔米市。");
        assertTrue(has(found, EntityType.CITY, "卡尔米", "俄罗斯"), found.toString());
    }

    @Test
    void 的BeforeNoPlaceIsLeftAlone() {
        List<Candidate> found = MadeUpSentences.placeCandidates("2024年5月6日,双方回顾了日本的经济发展和城市建设。");
        int after的 = "2024年5月6日,双方回顾了日本的".length();
        assertFalse(found.stream().anyMatch(c -> c.start() >= after的 && c.type().isPlace()), found.toString());
    }

    @Test
    void skipsOnlyWhereAPlaceFollows() {
        assertEquals(3, PossessiveAfterCountry.skip("日本的别府市", 2, pos -> true));
        assertEquals(2, PossessiveAfterCountry.skip("日本的经济", 2, pos -> false));
    }
}

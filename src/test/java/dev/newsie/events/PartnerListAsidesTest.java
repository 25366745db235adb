package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner list whose items carry a bracketed aside, in made-up sentences: the aside no longer costs the whole list;
 * an item whose aside names another place than a country has that place for partner and is left out.
 */
class PartnerListAsidesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void anAsideNamingAnotherPartnerKeepsTheRestOfTheList() {
        Set<String> r = relations("截至去年底,邢台市已经与斯波坎市、西雅图市和高山市(其伙伴为保定市)正式结为友好关系。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "西雅图-邢台@null")), r.toString());
        assertFalse(r.contains("邢台-高山@null"), r.toString());
        assertFalse(r.contains("保定-邢台@null"), r.toString());
    }

    @Test
    void anAsideNamingTheCountryKeepsTheItem() {
        Set<String> r = relations("邢台市先后与斯波坎市(美国)、高山市(日本)正式结为友好城市。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }
}

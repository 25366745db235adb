package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up statements of twinning where the partners carry their Latin names, or are counted in one country. */
class GlossedListsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-05-06"));
    }

    @Test
    void latinGlossesBetweenListedPartnersDoNotEndTheList() {
        Set<String> r = relations("南投县的姊妹市有尔湾市(Irvine)、帕萨迪纳市(Pasadena)和圣塔克拉拉市(Santa Clara)。");
        assertTrue(r.contains("南投-尔湾@null"), r.toString());
        assertTrue(r.contains("南投-帕萨迪纳@null"), r.toString());
    }

    @Test
    void partnersCountedInOneCountryAreTheSubjectsSisterCities() {
        Set<String> r = relations("南投县在日本的友好城市有高松市、松山市。");
        assertTrue(r.contains("南投-高松@null"), r.toString());
        assertTrue(r.contains("南投-松山@null"), r.toString());
    }
}

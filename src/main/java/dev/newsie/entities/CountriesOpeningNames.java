package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * A chain of places runs from the country down (莫桑比克太特省): a country's name right after a province or city is
 * no link of that chain. Before an interpunct with nothing but transliteration syllables between, it is the first
 * syllables of the person's name (甲国乙省 + 阿曼多·某某: 阿曼 opens 阿曼多, it is not Oman).
 */
final class CountriesOpeningNames {
    private CountriesOpeningNames() {
    }

    /** Whether {@code place}, a country, opens the interpunct name whose first dot is at {@code firstDot}. */
    static boolean opensName(String text, Candidate place, List<Candidate> places, int firstDot, NameShapes shapes) {
        return place.type() == EntityType.COUNTRY && place.end() < firstDot
                && shapes.allTransliteration(text, place.end(), firstDot)
                && places.stream().anyMatch(q -> q.end() == place.start()
                && (q.type() == EntityType.PROVINCE || q.type() == EntityType.CITY));
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * 甲乙丙市…甲市市府: once a city with a long name (a transliteration of three characters or more) is named, the
 * press shortens it to its first character and the level (甲市) and writes its bodies after that short form
 * (甲市市政府, 甲市市府). The government so written is that city's, named in full (GOLD.md §7: the full name the
 * article implies). Only the one city of the article whose name opens with that character is meant; with none or
 * several the short form names nothing here.
 */
final class ShortenedCityBodies {
    /** Fewest characters of a city name the press shortens so: a two-character name is short already. */
    static final int MIN_LONG_NAME = 3;
    private static final char CITY_LEVEL = '市';

    private ShortenedCityBodies() {
    }

    /**
     * @param governmentAt the city government written at a position (市政府, 市府) as its full form and length, or null
     */
    static List<Candidate> recognize(String text, List<Candidate> places, BiFunction<String, Integer, Map.Entry<String, Integer>> governmentAt) {
        List<Candidate> out = new ArrayList<>();
        for (int i = text.indexOf(CITY_LEVEL, 1); i >= 0; i = text.indexOf(CITY_LEVEL, i + 1)) {
            final int at = i - 1;
            char first = text.charAt(at);
            Map.Entry<String, Integer> government = governmentAt.apply(text, i + 1);
            if (government == null || Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN
                    || places.stream().anyMatch(p -> p.start() <= at && at < p.end())) {
                continue; // 上海市: the character is a written place's own
            }
            List<String> cities = places.stream().filter(p -> p.type() == EntityType.CITY && p.name().length() >= MIN_LONG_NAME
                    && p.name().charAt(0) == first && p.end() <= at).map(Candidate::name).distinct().toList();
            if (cities.size() == 1) {
                int end = i + 1 + government.getValue();
                out.add(new Candidate(at, end, EntityType.ORGANIZATION, cities.get(0) + government.getKey(), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }
}

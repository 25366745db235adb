package dev.newsie.entities;

import dev.newsie.canon.PlaceLevelWords;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A backend's "person" read over place names: places joined by an interpunct, as headlines and captions name a
 * twinned pair (甲市·乙市缔结友好城市), or a country's last character run into the city after it (某国 + 乙丙丁市长 read
 * as a name 国乙丙丁). A person's name is not made of the places the page names, so such a span is no person and the
 * places stand (GOLD.md §2: places are typed CITY, PROVINCE, COUNTRY).
 */
final class PeopleReadOverPlaces {
    /** Fewest places the span must be made of: one place alone (宫崎 of 宫崎辰雄) may open a real family name. */
    static final int MIN_PLACES = 2;

    private PeopleReadOverPlaces() {
    }

    /**
     * Whether the person {@code c} is read over places: every part between its interpuncts is a place the page names
     * ({@code places}, read anywhere), or every character of it lies inside one of two or more places read there.
     */
    static boolean readOverPlaces(String text, Candidate c, List<Candidate> places) {
        return c.type() == EntityType.PERSON && (partsArePlaces(text, c, places) || coveredByPlaces(text, c, places));
    }

    /** 甲·乙, 甲市·乙市: two or more parts, each the name of a place the page names, with or without its level word. */
    private static boolean partsArePlaces(String text, Candidate c, List<Candidate> places) {
        List<String> parts = new ArrayList<>();
        int from = c.start();
        for (int i = c.start(); i <= c.end(); i++) {
            if (i == c.end() || InterpunctNames.isDot(text.charAt(i))) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        if (parts.size() < MIN_PLACES) {
            return false;
        }
        Set<String> named = new HashSet<>();
        for (Candidate p : places) {
            if (isPlaceOrCountry(p)) {
                String written = text.substring(p.start(), p.end());
                named.add(p.name());
                named.add(written);
                named.add(withoutLevel(written));
            }
        }
        for (String part : parts) {
            if (!named.contains(part) && !named.contains(withoutLevel(part))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name without the common level word it ends in (白林市 → 白林; {@link PlaceLevelWords}), where two characters
     * or more remain.
     */
    private static String withoutLevel(String name) {
        return name.length() > 2 && PlaceLevelWords.isCommon(name.charAt(name.length() - 1)) ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * 国乙丙丁: every character, interpuncts aside, inside one of two or more places read over the span. Places are
     * counted by span: one span read twice (a city and a province of one name) is one place.
     */
    private static boolean coveredByPlaces(String text, Candidate c, List<Candidate> places) {
        Set<List<Integer>> covering = new HashSet<>();
        for (Candidate p : places) {
            if (isPlaceOrCountry(p) && p.overlaps(c)) {
                covering.add(List.of(p.start(), p.end()));
            }
        }
        if (covering.size() < MIN_PLACES) {
            return false;
        }
        for (int i = c.start(); i < c.end(); i++) {
            if (InterpunctNames.isDot(text.charAt(i))) {
                continue;
            }
            final int at = i;
            if (places.stream().noneMatch(p -> isPlaceOrCountry(p) && p.start() <= at && at < p.end())) {
                return false;
            }
        }
        return true;
    }

    /** A city, province or country (a candidate of the place recogniser may also be a listed organisation). */
    private static boolean isPlaceOrCountry(Candidate p) {
        return p.type().isPlaceOrCountry();
    }
}

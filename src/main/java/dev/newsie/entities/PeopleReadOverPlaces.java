package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * A backend's "person" read over place names: places joined by an interpunct, as headlines and captions name a
 * twinned pair (甲市·乙市缔结友好城市), or a country's last character run into the city after it (某国 + 乙丙丁市长 read
 * as a name 国乙丙丁). A person's name is not made of the places the page names, so such a span is no person and the
 * places stand (GOLD.md §2: places are typed CITY, PROVINCE, COUNTRY).
 */
final class PeopleReadOverPlaces {
    /** Fewest places the span must be made of: one place alone (宫崎 of 宫崎辰雄) may open a real family name. */
    static final int MIN_PLACES = 2;
    /** Level words a place written in a dotted pair may keep (甲市·乙市). */
    private static final String LEVEL_WORDS = "市县州省区郡町";

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
        List<String> parts = new java.util.ArrayList<>();
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
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Candidate p : places) {
            if (named(p)) {
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

    /** A name without the level word it ends in (白林市 → 白林), where two characters or more remain. */
    private static String withoutLevel(String name) {
        return name.length() > 2 && LEVEL_WORDS.indexOf(name.charAt(name.length() - 1)) >= 0 ? name.substring(0, name.length() - 1) : name;
    }

    /** 国乙丙丁: every character, interpuncts aside, inside one of two or more places read over the span. */
    private static boolean coveredByPlaces(String text, Candidate c, List<Candidate> places) {
        int covering = 0;
        for (Candidate p : places) {
            if (named(p) && p.overlaps(c)) {
                covering++;
            }
        }
        if (covering < MIN_PLACES) {
            return false;
        }
        for (int i = c.start(); i < c.end(); i++) {
            if (InterpunctNames.isDot(text.charAt(i))) {
                continue;
            }
            final int at = i;
            if (places.stream().noneMatch(p -> named(p) && p.start() <= at && at < p.end())) {
                return false;
            }
        }
        return true;
    }

    /** A city, province or country (a candidate of the place recogniser may also be a listed organisation). */
    private static boolean named(Candidate p) {
        return p.type().isPlace() || p.type() == EntityType.COUNTRY;
    }
}

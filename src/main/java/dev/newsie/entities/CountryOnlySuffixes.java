package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Suffixes that end a municipality's name in one country only ({@code models/country-only-suffixes.tsv}: Japan's 村):
 * read as a suffix only where an administrative chain has already placed the name in that country, since elsewhere
 * the character is a common word (农村) or a level that is not labelled (a Chinese village).
 */
final class CountryOnlySuffixes {
    private record Row(String country, PlaceSuffixRules.Suffix suffix) {
    }

    private final List<Row> rows;

    private CountryOnlySuffixes(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static CountryOnlySuffixes load() {
        List<Row> rows = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("country-only-suffixes.tsv", 3)) {
            try {
                EntityType type = EntityType.parse(r.get(2));
                rows.add(new Row(r.get(1), new PlaceSuffixRules.Suffix(r.get(0), type, type, Set.of())));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return new CountryOnlySuffixes(rows);
    }

    /** The suffix that {@code text} has at {@code pos} in a name placed in {@code country}, or null. */
    PlaceSuffixRules.Suffix at(String text, int pos, String country) {
        if (country == null) {
            return null;
        }
        for (Row r : rows) {
            if (r.country().equals(country) && text.startsWith(r.suffix().text(), pos) && !PlaceRecognizer.startsTitle(text, pos)) {
                return r.suffix();
            }
        }
        return null;
    }
}

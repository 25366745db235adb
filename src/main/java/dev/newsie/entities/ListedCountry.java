package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * A sovereign state as {@code models/gazetteer/countries.tsv} lists it: its mainland name, the other names it goes
 * by (none blank) and its capital (empty when the file gives none). The file is read once per process: the
 * gazetteer, the capitals named after their country and the abbreviations several states share all ask it.
 */
record ListedCountry(String name, List<String> otherNames, String capital) {
    private static final List<ListedCountry> ALL = load();

    /** Every listed state, in the file's order. */
    static List<ListedCountry> all() {
        return ALL;
    }

    private static List<ListedCountry> load() {
        List<ListedCountry> all = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("gazetteer/countries.tsv", 1)) {
            List<String> others = new ArrayList<>();
            for (String other : r.get(1).split(",")) {
                if (!other.isBlank()) {
                    others.add(other.strip());
                }
            }
            all.add(new ListedCountry(r.get(0), List.copyOf(others), r.get(2)));
        }
        return List.copyOf(all);
    }
}

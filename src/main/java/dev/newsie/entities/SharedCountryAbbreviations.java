package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 中新两国 in an article about New Zealand, 中阿合作 in one about the Arab states: one character opens the names of
 * several states (新 of 新加坡 and 新西兰; 阿 of 阿根廷, 阿曼, 阿联酋), and the table of abbreviations lists only
 * the commonest. The article's own full names say which it means: the listed state when the article names it; else
 * the one other state opening with that character that it names in full; no state when it names several such, or
 * names a grouping of states opening with it (阿拉伯) and none of them; the listed state when it names none at all.
 * States and their names from {@code models/gazetteer/countries.tsv}; groupings from
 * {@code models/abbreviated-groupings.tsv}.
 */
final class SharedCountryAbbreviations {
    /**
     * Fewest characters of another state's name that count as naming it in full: a two-character name is often the
     * compound itself (中非 of 中非友好 is China and Africa, not the Central African Republic).
     */
    static final int MIN_FULL_NAME = 3;

    /** Every state trusted to its listed abbreviation, whatever the article names. */
    static final SharedCountryAbbreviations NONE = new SharedCountryAbbreviations(Map.of(), List.of());

    /** Each state's canonical name and the other names it goes by. */
    private final Map<String, List<String>> namesOf;
    private final List<String> groupings;

    SharedCountryAbbreviations(Map<String, List<String>> namesOf, List<String> groupings) {
        this.namesOf = Map.copyOf(namesOf);
        this.groupings = List.copyOf(groupings);
    }

    static SharedCountryAbbreviations load() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (ListedCountry c : ListedCountry.all()) {
            List<String> all = new ArrayList<>(List.of(c.name()));
            all.addAll(c.otherNames());
            names.put(c.name(), all);
        }
        List<String> groupings = ModelFile.read("abbreviated-groupings.tsv", 1).stream().map(r -> r.get(0)).toList();
        return new SharedCountryAbbreviations(names, groupings);
    }

    /** The state that {@code abbreviation}, listed for {@code listed}, stands for in {@code text}, or null for none. */
    String meant(char abbreviation, String listed, String text) {
        if (namesOf.isEmpty() || namesOf.getOrDefault(listed, List.of(listed)).stream().anyMatch(text::contains)) {
            return listed;
        }
        List<String> others = namesOf.entrySet().stream()
                .filter(e -> !e.getKey().equals(listed) && e.getValue().stream()
                        .anyMatch(n -> n.length() >= MIN_FULL_NAME && n.charAt(0) == abbreviation && text.contains(n)))
                .map(Map.Entry::getKey).toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        if (!others.isEmpty() || groupings.stream().anyMatch(g -> g.charAt(0) == abbreviation && text.contains(g))) {
            return null;
        }
        return listed;
    }
}

package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Taiwan's clipped city names before a body (中市 + 议会, 桃市 + 府) from {@code models/taiwan-city-abbreviations.tsv}:
 * a name read so is the city's body, named in full (台中市议会).
 */
final class ClippedTaiwanCities {
    /** How far before the clip a place that covers it may start. */
    private static final int PLACE_REACH = 8;

    private final Map<String, String> fullNames;

    ClippedTaiwanCities(Map<String, String> fullNames) {
        this.fullNames = Map.copyOf(fullNames);
    }

    static ClippedTaiwanCities load() {
        Map<String, String> m = new HashMap<>();
        ModelFile.read("taiwan-city-abbreviations.tsv", 2).forEach(r -> m.put(r.get(0), r.get(1)));
        return new ClippedTaiwanCities(m);
    }

    /**
     * The full name of a body whose name is a clipped city and a head noun alone (中市议会), or null. The clip must
     * open the name on its own: a place read at or just before it (晋中市政府, 台中市议会) is a name of its own.
     */
    String fullName(String name, int start, List<Candidate> places, OrganizationHeads heads) {
        if (name.length() < 3) {
            return null;
        }
        String full = fullNames.get(name.substring(0, 2));
        String body = name.substring(2);
        if (full == null || heads.longestHeadAtEnd(body) != body.length()
                || PlaceSpans.within(places, Math.max(0, start - PLACE_REACH), start + 2).stream().anyMatch(p -> p.end() > start)) {
            return null;
        }
        return full + body;
    }
}

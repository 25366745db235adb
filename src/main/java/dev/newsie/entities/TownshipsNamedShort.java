package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A township named in full (东港镇, 竹崎乡, 小布施町) and elsewhere by its bare name (东港与甲市缔盟) is one
 * place. canonical() keeps the suffix of 镇, 乡, 町 and 村 (GOLD.md §4), so the bare mention takes the full name;
 * otherwise it would be a second place — often a mainland county of that name (东港, a county-level city in Liaoning).
 */
final class TownshipsNamedShort {
    /** Suffixes that canonical() keeps on a place's name. */
    private static final String KEPT_SUFFIXES = "镇乡町村";

    private TownshipsNamedShort() {
    }

    static List<Candidate> apply(List<Candidate> candidates) {
        Map<String, Candidate> byStem = new HashMap<>();
        for (Candidate c : candidates) {
            String n = c.name();
            if (c.type() == EntityType.CITY && n.length() >= 3 && KEPT_SUFFIXES.indexOf(n.charAt(n.length() - 1)) >= 0
                    && CanonicalNames.dropSuffix(n).equals(n)) {
                byStem.putIfAbsent(n.substring(0, n.length() - 1), c);
            }
        }
        if (byStem.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate full = c.type().isPlace() && c.type() != EntityType.COUNTRY ? byStem.get(c.name()) : null;
            out.add(full == null ? c : new Candidate(c.start(), c.end(), full.type(), full.name(), full.country(), c.source()));
        }
        return out;
    }
}

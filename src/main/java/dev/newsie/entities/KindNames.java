package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A common noun phrase for a kind of body (城市政府, 姐妹城市协会, 商会协会, from {@code models/kind-names.tsv}) that a
 * candidate organisation is as a whole names no body: no place or proper name says which one. Only the whole name
 * counts, so 美国国际姐妹城市协会 stays a body. A name ending in 国家 (countries) names a group of states (某某国家, 发展中国家),
 * members of a grouping, not a body of its own.
 */
final class KindNames {
    /** The noun for states that closes a name of a group of them (某组织成员国家): countries, not one body. */
    private static final String STATES = "国家";

    private final Set<String> phrases;

    KindNames(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
    }

    static KindNames load() {
        return new KindNames(ModelFile.read("kind-names.tsv", 1).stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** Whether the candidate is an organisation whose whole name is a kind of body. */
    boolean namesAKind(Candidate c) {
        return c.type() == EntityType.ORGANIZATION && (phrases.contains(c.name())
                || c.name().endsWith(STATES) && c.name().length() > STATES.length());
    }
}

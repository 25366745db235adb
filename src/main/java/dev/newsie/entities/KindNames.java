package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A common noun phrase for a kind of body (城市政府, 姐妹城市协会, 商会协会, from {@code models/kind-names.tsv}) that a
 * candidate organisation is as a whole names no body: no place or proper name says which one. Only the whole name
 * counts, so 美国国际姐妹城市协会 stays a body; only a CLOSING noun of the file (国家: 某某国家, 发展中国家, a group of
 * states, members of a grouping) counts wherever it closes a name.
 */
final class KindNames {
    private final Set<String> phrases;
    private final Set<String> closingNouns;
    /** The EXECUTIVE rows: a foreign city's executive (人民委员会, 市役所), named in full when its city stands before it. */
    private final Set<String> executives;

    KindNames(Set<String> phrases, Set<String> closingNouns) {
        this(phrases, closingNouns, Set.of());
    }

    KindNames(Set<String> phrases, Set<String> closingNouns, Set<String> executives) {
        this.phrases = Set.copyOf(phrases);
        this.closingNouns = Set.copyOf(closingNouns);
        this.executives = Set.copyOf(executives);
    }

    static KindNames load() {
        var rows = ModelFile.read("kind-names.tsv", 1);
        return new KindNames(
                rows.stream().filter(r -> !r.get(1).equals("CLOSING")).map(r -> r.get(0)).collect(Collectors.toSet()),
                rows.stream().filter(r -> r.get(1).equals("CLOSING")).map(r -> r.get(0)).collect(Collectors.toSet()),
                rows.stream().filter(r -> r.get(1).equals("EXECUTIVE")).map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** Whether a whole name is a foreign city's executive written bare (人民委员会, 市役所: an EXECUTIVE row). */
    boolean isBareExecutive(String name) {
        return executives.contains(name);
    }

    /** Whether the candidate is an organisation whose whole name is a kind of body, or closes with a plural's noun. */
    boolean namesAKind(Candidate c) {
        String name = c.name();
        return c.type() == EntityType.ORGANIZATION && (phrases.contains(name)
                || closingNouns.stream().anyMatch(n -> name.endsWith(n) && name.length() > n.length()));
    }
}

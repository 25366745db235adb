package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 省市政府, 国际友好城市组织, 全国性地方政府协会: a phrase that ends in a head noun but is built, before the head, only
 * of scope words and then kind words ({@code models/kind-name-words.tsv}) names a class of bodies, not one body. The
 * segmenter often reads such a phrase as one organisation token, so the recogniser's proper-noun test does not see it.
 */
final class KindNamePhrases {
    private final Set<String> scope;
    private final Set<String> kind;

    KindNamePhrases(Set<String> scope, Set<String> kind) {
        this.scope = Set.copyOf(scope);
        this.kind = Set.copyOf(kind);
    }

    static KindNamePhrases load() {
        List<ModelFile.Row> rows = ModelFile.read("kind-name-words.tsv", 2);
        return new KindNamePhrases(
                rows.stream().filter(r -> r.get(1).equals("SCOPE")).map(r -> r.get(0)).collect(Collectors.toSet()),
                rows.stream().filter(r -> r.get(1).equals("KIND")).map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** Whether {@code name}, ending in the head noun {@code head}, is scope words, then kind words, then the head. */
    boolean namesAClass(String name, String head) {
        if (!name.endsWith(head) || name.length() == head.length()) {
            return false;
        }
        return tiles(name.substring(0, name.length() - head.length()), true);
    }

    /** Whether {@code rest} splits into words of the lexicon, scope words only while {@code scopeAllowed}. */
    private boolean tiles(String rest, boolean scopeAllowed) {
        if (rest.isEmpty()) {
            return true;
        }
        for (int n = rest.length(); n >= 1; n--) {
            String w = rest.substring(0, n);
            if (kind.contains(w) && tiles(rest.substring(n), false)) {
                return true;
            }
            if (scopeAllowed && scope.contains(w) && tiles(rest.substring(n), true)) {
                return true;
            }
        }
        return false;
    }
}

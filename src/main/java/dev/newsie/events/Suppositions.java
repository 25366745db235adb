package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A clause opened by a condition (如果, 如能, 倘若) tells what would happen, not what did: a signing inside it is no
 * act (GOLD.md §7). The markers are {@code models/events/supposition-markers.tsv}.
 */
final class Suppositions {
    private static final List<Pattern> MARKERS = ModelFile.read("events/supposition-markers.tsv", 1).stream()
            .map(r -> Pattern.compile(r.get(0))).toList();

    private Suppositions() {
    }

    /** Whether the words of a clause before its verb make the verb's act a supposition. */
    static boolean supposed(String clauseBeforeVerb) {
        for (Pattern p : MARKERS) {
            if (p.matcher(clauseBeforeVerb).find()) {
                return true;
            }
        }
        return false;
    }
}

package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word the segmenter reads as one organisation name but that is an indefinite count or a partnership word before a
 * bare head noun (很多商会, 百余商会, 友好学校): it says how many bodies of a kind, or which kind of partner, and names no
 * body. Openings from {@code models/kind-of-body-openings.tsv}.
 */
final class KindsOfBodies {
    private final Set<String> openings;

    KindsOfBodies(Set<String> openings) {
        this.openings = Set.copyOf(openings);
    }

    static KindsOfBodies load() {
        return new KindsOfBodies(ModelFile.read("kind-of-body-openings.tsv", 2).stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** Whether {@code word}, ending in the head noun {@code head}, is one of the openings and that head and nothing more. */
    boolean namesAKind(String word, String head) {
        if (!word.endsWith(head)) {
            return false;
        }
        String before = word.substring(0, word.length() - head.length());
        return openings.contains(before);
    }
}

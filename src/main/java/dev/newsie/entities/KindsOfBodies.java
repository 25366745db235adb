package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word the segmenter reads as one organisation name but that is an indefinite count or a partnership word before a
 * bare head noun (很多商会, 百余商会, 友好学校): it says how many bodies of a kind, or which kind of partner, and names no
 * body. Openings from {@code models/kind-of-body-openings.tsv}.
 */
final class KindsOfBodies {
    private final Set<String> openings;
    /** The openings that count (COUNT), not those that pair (PARTNER), longest first so 数十余 wins over 数十. */
    private final List<String> counts;

    KindsOfBodies(Set<String> openings, Set<String> counts) {
        this.openings = Set.copyOf(openings);
        this.counts = counts.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    static KindsOfBodies load() {
        List<ModelFile.Row> rows = ModelFile.read("kind-of-body-openings.tsv", 2);
        return new KindsOfBodies(rows.stream().map(r -> r.get(0)).collect(Collectors.toSet()),
                rows.stream().filter(r -> r.get(1).equals("COUNT")).map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /**
     * 部分市人大常委会委员, 许多县政府部门: a count word opening a run before a bare body says how many of the body's
     * members or units, and is no part of its name; the name starts after it (where it is a bare reference, GOLD.md §7).
     * Returns {@code start} unchanged when no count word opens the run or less than a level and a head would be left.
     */
    int afterCount(String text, int start, int end) {
        for (String c : counts) {
            if (text.startsWith(c, start) && end - start - c.length() >= 3) {
                return start + c.length();
            }
        }
        return start;
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

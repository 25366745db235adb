package dev.newsie.nlp;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a segmenter tags as people's names that cannot be names: they end with an administrative suffix or hold
 * the genre's friendship vocabulary ({@code models/name-window-skips.tsv}).
 */
public final class NotNames {
    private final List<String> endings;
    private final List<String> parts;

    public NotNames(List<String> endings, List<String> parts) {
        this.endings = List.copyOf(endings);
        this.parts = List.copyOf(parts);
    }

    public static NotNames load() {
        List<String> endings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("name-window-skips.tsv", 2)) {
            switch (r.get(0)) {
                case "ENDING" -> endings.add(r.get(1));
                case "PART" -> parts.add(r.get(1));
                default -> throw r.error("unknown kind '" + r.get(0) + "' (ENDING or PART)");
            }
        }
        return new NotNames(endings, parts);
    }

    public boolean holds(String word) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        for (String p : parts) {
            if (word.contains(p)) {
                return true;
            }
        }
        return false;
    }
}

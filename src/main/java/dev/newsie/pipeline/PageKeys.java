package dev.newsie.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes page ids unique within a run, so every page has one key for --resume: the first page with an id
 * keeps it, the second becomes {@code id~2}, the third {@code id~3} (skipping any taken by a page that
 * really has that id). Inputs are read in a fixed order, so a rerun over the same inputs gives every page
 * the same key. A blank id becomes {@code page}.
 */
final class PageKeys {
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> next = new HashMap<>();

    String unique(String id) {
        String base = id == null || id.isBlank() ? "page" : id;
        if (used.add(base)) {
            return base;
        }
        int n = next.getOrDefault(base, 2);
        while (!used.add(base + "~" + n)) {
            n++;
        }
        next.put(base, n + 1);
        return base + "~" + n;
    }
}

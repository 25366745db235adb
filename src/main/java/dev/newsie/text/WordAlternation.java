package dev.newsie.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word lists read from {@code models/} as regular-expression alternations. Java's alternation takes the first word
 * that matches, so the longer words go first (会议中心 before 中心, 曾经 before 曾); each word is quoted.
 */
public final class WordAlternation {
    private WordAlternation() {
    }

    /** The words without repeats, longest first; words of one length keep their order. */
    public static List<String> longestFirst(Collection<String> words) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /** The words, quoted and longest first, as one non-capturing group; a group that never matches when there are none. */
    public static String of(Collection<String> words) {
        List<String> sorted = longestFirst(words);
        return sorted.isEmpty() ? "(?!)" : "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
    }
}

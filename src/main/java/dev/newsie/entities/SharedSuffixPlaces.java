package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places that share one suffix after a count (甲乙和丙丁两町, 甲乙、丙丁和戊己三市, 甲乙和丙丁等县): Chinese writes the
 * suffix once for the whole coordination, and the count or 等 before it says the items are that many places of that
 * kind, so each item is a place even where no list knows it and the segmenter reads it as a common word. Each is
 * typed and named by the shared suffix in the country of the place named last before it (GOLD.md §2, §4).
 */
final class SharedSuffixPlaces {
    /**
     * Items separated by 、和与及, then a count or 等 and a one-character suffix; items are two to four characters.
     * A suffix that opens a word of its own is no suffix: 甲、乙等市领导 are people among the city's leaders.
     */
    private static final Pattern SHARED = Pattern.compile(
            "((?:\\p{IsHan}{2,4}[、和与及])+)(\\p{IsHan}{2,4})(?:[两二三四五六七八九十]|等)([市町县州省镇乡郡区])(?!长|委|政府|民|级|域|内|外|份|领导)");
    private static final String SEPARATORS = "、和与及";
    /** Tags of a word that cannot be the first item (分别与甲和乙两市: 分别 is an adverb before the list). */
    private static final List<String> FUNCTION_TAGS = List.of("v", "d", "p", "c", "u", "m", "q", "r", "f", "t", "w");

    private SharedSuffixPlaces() {
    }

    static List<Candidate> find(String text, List<Token> tokens, List<Candidate> found, PlaceSuffixRules suffixes,
                                java.util.Set<String> regions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = SHARED.matcher(text);
        while (m.find()) {
            PlaceSuffixRules.Suffix suffix = suffixes.at(text, m.start(3));
            if (suffix == null) {
                continue;
            }
            List<int[]> items = items(text, tokens, m);
            if (items.isEmpty()) {
                continue;
            }
            String country = countryBefore(found, items.get(0)[0]);
            for (int[] item : items) {
                String stem = text.substring(item[0], item[1]);
                boolean covered = found.stream().anyMatch(c -> c.start() < item[1] && item[0] < c.end());
                if (covered || regions.contains(stem) || stem.endsWith("部") || !allNameCharacters(stem)) {
                    continue;
                }
                out.add(new Candidate(item[0], item[1], suffix.typeFor(country), SuffixedPlaceNames.withSuffix(stem, suffix),
                        country, Candidate.Source.PATTERN));
            }
        }
        return out;
    }

    /**
     * The items' spans: every item after a separator runs to the next one; the first is the segmenter's last word
     * before the first separator (留宿 + 甲乙 + 和), since what stands before it is the clause, not the name, unless
     * that word is a function word (分别与甲和乙两市: the list starts after 与).
     */
    private static List<int[]> items(String text, List<Token> tokens, Matcher m) {
        List<int[]> out = new ArrayList<>();
        int firstSeparator = m.start(1);
        while (SEPARATORS.indexOf(text.charAt(firstSeparator)) < 0) {
            firstSeparator++;
        }
        Token first = null;
        for (Token t : tokens) {
            if (t.end() == firstSeparator) {
                first = t;
            }
        }
        if (first != null && first.end() - first.start() >= 2 && first.start() >= m.start(1)
                && FUNCTION_TAGS.stream().noneMatch(first.tag()::startsWith)) {
            out.add(new int[] {first.start(), first.end()}); // else the list starts after the first separator
        }
        int from = firstSeparator + 1;
        for (int i = from; i <= m.end(2); i++) {
            if (i == m.end(2) || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                if (i - from < 2 || i - from > 4) {
                    return List.of();
                }
                out.add(new int[] {from, i});
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean allNameCharacters(String stem) {
        return stem.chars().noneMatch(c -> PlaceRecognizer.STOP.indexOf(c) >= 0 || PlaceRecognizer.COUNT_WORDS.indexOf(c) >= 0);
    }

    /** The country of the place named last before {@code pos}, or null. */
    private static String countryBefore(List<Candidate> found, int pos) {
        String country = null;
        int best = -1;
        for (Candidate c : found) {
            if (c.end() <= pos && c.start() > best && c.type().isPlace()) {
                String k = c.type() == EntityType.COUNTRY ? c.name() : c.country();
                if (k != null) {
                    country = k;
                    best = c.start();
                }
            }
        }
        return country;
    }
}

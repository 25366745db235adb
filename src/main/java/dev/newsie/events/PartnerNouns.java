package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.entities.PlaceSuffixRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The nouns of a partner in twinning (友好城市, 姊妹市, 友好省州 …), {@code models/events/partner-nouns.tsv}, read
 * once for every reader of the standing ({@link QuotedStanding}, {@link TwinningClause}, {@link RespectiveYears}),
 * with the standings of two levels the file's own nouns imply ({@link #twoLevelStandings}).
 */
final class PartnerNouns {
    /** The nouns, in the file's order, then the standings of two levels. */
    static final List<String> WORDS = withTwoLevels(nouns(ModelFile.read("events/partner-nouns.tsv", 1)),
            PlaceSuffixRules.load().oneCharacterSuffixes());

    private PartnerNouns() {
    }

    /** The first column of each row; an empty noun would stand before anything, and fails naming its file and line. */
    static List<String> nouns(List<ModelFile.Row> rows) {
        List<String> out = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (r.get(0).isEmpty()) {
                throw r.error("empty partner noun: give the noun in the first column");
            }
            out.add(r.get(0));
        }
        return out;
    }

    static List<String> withTwoLevels(List<String> nouns, List<Character> levels) {
        Set<String> out = new LinkedHashSet<>(nouns);
        out.addAll(twoLevelStandings(nouns, levels));
        out.addAll(joinedTiers(nouns));
        return List.copyOf(out);
    }

    /**
     * The tiers short of a full twinning are named by a word between the standing's head and its tail (友好交流城市,
     * 友好合作城市 beside 友好城市), and a twinning of both tiers names both words in either order (友好合作交流城市,
     * 友好交流合作城市): each pair of tier words the nouns write with one head and tail is joined there.
     */
    static List<String> joinedTiers(List<String> nouns) {
        Map<String, Set<String>> tiersByFrame = new LinkedHashMap<>(); // head + "|" + tail → the tier words between
        for (String n : nouns) {
            for (String full : nouns) {
                // 友好交流城市 against 友好城市: head 友好, tail 城市, tier 交流 (a two-character word between them)
                if (n.length() == full.length() + 2 && full.length() >= 4) {
                    String head = full.substring(0, 2), tail = full.substring(2);
                    if (n.startsWith(head) && n.endsWith(tail)) {
                        tiersByFrame.computeIfAbsent(head + "|" + tail, k -> new LinkedHashSet<>()).add(n.substring(2, 4));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : tiersByFrame.entrySet()) {
            String head = e.getKey().substring(0, e.getKey().indexOf('|')), tail = e.getKey().substring(e.getKey().indexOf('|') + 1);
            for (String first : e.getValue()) {
                for (String second : e.getValue()) {
                    if (!first.equals(second)) {
                        out.add(head + first + second + tail);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A twinning between places of two levels names its standing by both level words after the standing's head
     * (友好省州 for a province and a state, 友好区市 for a district and a city, 姐妹省县 for a province and a prefecture):
     * a compound, so each head the nouns write before a single level word (友好 of 友好州, 姊妹 of 姊妹县) is joined to
     * every ordered pair of two different one-character level words; a page by another reporter joins other levels.
     */
    static List<String> twoLevelStandings(List<String> nouns, List<Character> levels) {
        Set<String> heads = new LinkedHashSet<>();
        for (String n : nouns) {
            if (n.length() == 3 && levels.contains(n.charAt(2))) {
                heads.add(n.substring(0, 2));
            }
        }
        List<String> out = new ArrayList<>();
        for (String h : heads) {
            for (char first : levels) {
                for (char second : levels) {
                    if (first != second) {
                        out.add(h + first + second);
                    }
                }
            }
        }
        return out;
    }
}

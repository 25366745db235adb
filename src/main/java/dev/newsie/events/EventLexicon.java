package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The events stage's data: trigger and cue words ({@code models/events/lexicon.tsv}), agreement kinds
 * ({@code agreement-kinds.tsv}) and sister-city statement patterns ({@code relation-patterns.tsv}).
 */
public final class EventLexicon {
    /** The roles of lexicon.tsv. */
    public enum Role { FORUM_HEAD, HELD, SIGN, DOC, AWARD_VERB, ORGANIZE, VENUE_HEAD, BACKGROUND, NAME_BREAK, BACK_REFERENCE, TWINNED, LOWER_TIER, AWARD_HEAD, NAME_COORDINATE, MEETING_HEAD, FORUM_BODY, STANDING_BODY, HOST_HEAD, SIDE_EVENT, AWARD_RANK, MODIFIED_NOUN, GENERIC_SCOPE, GENERIC_SUBJECT, TWINNING_VERB, AGREED, AGREED_MANNER, GOVERNS_EDITION, SESSION_RANK, DOC_KIND, FOUND, ASSEMBLY_HEAD }

    /** One relation statement pattern. */
    public record RelationPattern(String kind, Pattern pattern) {
    }

    private final Map<Role, List<String>> words = new EnumMap<>(Role.class);
    private final List<Map.Entry<Pattern, String>> kinds = new ArrayList<>();
    private final List<RelationPattern> relations = new ArrayList<>();

    /**
     * The lexicon of the models directory, read once per process: the classes that need a role's words in a static
     * pattern share it rather than reading and compiling the three files again.
     */
    public static EventLexicon standard() {
        return Standard.LEXICON;
    }

    private static final class Standard {
        static final EventLexicon LEXICON = load();
    }

    public static EventLexicon load() {
        EventLexicon l = new EventLexicon();
        for (ModelFile.Row r : ModelFile.read("events/lexicon.tsv", 2)) {
            Role role;
            try {
                role = Role.valueOf(r.get(0));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown role '" + r.get(0) + "'");
            }
            l.words.computeIfAbsent(role, k -> new ArrayList<>()).add(r.get(1));
        }
        // sorted, then frozen: one lexicon is shared by the whole process (standard())
        l.words.replaceAll((role, v) -> v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        for (ModelFile.Row r : ModelFile.read("events/agreement-kinds.tsv", 2)) {
            l.kinds.add(Map.entry(compile(r, r.get(0)), r.get(1)));
        }
        for (ModelFile.Row r : ModelFile.read("events/relation-patterns.tsv", 2)) {
            l.relations.add(new RelationPattern(r.get(0), compile(r, r.get(1))));
        }
        return l;
    }

    private static Pattern compile(ModelFile.Row r, String regex) {
        return r.pattern(regex, 0);
    }

    /** Words of a role, longest first. */
    public List<String> words(Role role) {
        return words.getOrDefault(role, List.of());
    }

    /** The first word of the role found in {@code s} at or after {@code from}, as [start, end], or null. */
    public int[] find(Role role, String s, int from) {
        int best = -1, bestEnd = -1;
        for (String w : words(role)) {
            int i = s.indexOf(w, from);
            if (i >= 0 && (best < 0 || i < best || (i == best && i + w.length() > bestEnd))) {
                best = i;
                bestEnd = i + w.length();
            }
        }
        return best < 0 ? null : new int[]{best, bestEnd};
    }

    /** Whether {@code word} is, whole, a word of the role (not merely holds one, as {@link #contains} asks). */
    public boolean isWord(Role role, String word) {
        return words(role).contains(word);
    }

    public boolean contains(Role role, String s) {
        return find(role, s, 0) != null;
    }

    /** The role word {@code s} ends with, or null. */
    public String endsWith(Role role, String s) {
        for (String w : words(role)) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** The agreement kind of a document name or sentence. */
    public String agreementKind(String text) {
        for (Map.Entry<Pattern, String> k : kinds) {
            if (k.getKey().matcher(text).find()) {
                return k.getValue();
            }
        }
        return "OTHER";
    }

    public List<RelationPattern> relationPatterns() {
        return java.util.Collections.unmodifiableList(relations);
    }
}

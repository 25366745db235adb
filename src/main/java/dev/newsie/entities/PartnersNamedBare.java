package dev.newsie.entities;

import dev.newsie.events.TwinningClause;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place the page has named with its suffix (日本某某市), named again without it where it is coordinated with another
 * name (甲与某某于1990年结为友好城市, 甲和某某, 某某、乙): the same place.
 *
 * <p>Why: a twinning is stated with both names short, but a two-character stem is too often a word to be read bare
 * anywhere ({@link PlacesNamedAgain#MIN_BARE}); a coordinator (与, 和, 同, 及, 、) right beside it is what a list of
 * names has and a word inside a phrase seldom has. A one-character stem keeps its suffix as its name (a Japanese 市
 * whose stem is one character), so that name itself is what the page repeats.
 */
final class PartnersNamedBare {
    private PartnersNamedBare() {
    }

    /** Characters that join two names in a coordination; the dash joins a pair's two names (甲—某某建立…, 甲—某某论坛). */
    private static final String COORDINATORS = "与和同及、—";

    /** Suffixes a place is first named with, then dropped. */
    private static final String SUFFIXES = "市县町村郡州区";

    static List<Candidate> find(String text, List<Candidate> found) {
        BitSet covered = new BitSet(text.length());
        Map<String, Candidate> named = new LinkedHashMap<>();
        for (Candidate c : found) {
            covered.set(c.start(), c.end());
        }
        for (Candidate c : found) {
            if (!c.type().isPlace() || c.type() == dev.newsie.model.EntityType.COUNTRY) {
                continue;
            }
            String written = text.substring(c.start(), c.end());
            boolean suffixed = c.name().length() == 2 && written.equals(c.name() + written.charAt(written.length() - 1))
                    && SUFFIXES.indexOf(written.charAt(written.length() - 1)) >= 0;
            boolean oneCharacterStem = c.name().length() == 2 && written.equals(c.name())
                    && SUFFIXES.indexOf(c.name().charAt(1)) >= 0;
            if (suffixed || oneCharacterStem) {
                named.putIfAbsent(c.name(), c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Candidate> e : named.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                int clash = covered.nextSetBit(at);
                if ((clash >= 0 && clash < end) || !coordinated(text, at, end)) {
                    continue;
                }
                Candidate c = e.getValue();
                out.add(new Candidate(at, end, c.type(), c.name(), c.country(), c.source()));
                covered.set(at, end);
            }
        }
        return out;
    }

    /**
     * A listed foreign place of a two-character stem written with its suffix (某某市) beside a coordinator (甲市与某某市):
     * a name in a list of names, whatever words the segmenter reads across its two characters.
     */
    static boolean coordinatedForeign(String text, Candidate c) {
        return c.country() != null && !c.country().equals("中国") && c.end() > c.start() + 2
                && SUFFIXES.indexOf(text.charAt(c.end() - 1)) >= 0 && coordinated(text, c.start(), c.end());
    }

    /**
     * What may stand right after a name in a list or a twinning's subject: a mark, or the predicate's first word
     * (作为 and 均为, "as" and "both are", say what the pair are to each other: round 13).
     */
    private static final String AFTER_NAME = "，,。;；:：、)）于自从在是为的两结缔建签已早也都共互作均0123456789";

    /**
     * The adverbs of two characters or more that the twinning frame lets stand after its partner list
     * ({@code models/events/twinning-clause.tsv}, class ADVERB: 甲与某某正式签署, 甲与某某成功缔结): the predicate's first
     * word, so a name before one ends there. One-character adverbs are left out: they may as well be a longer
     * name's next character.
     */
    private static final Set<String> ADVERBS_AFTER = Set.copyOf(TwinningClause.words("ADVERB").stream()
            .filter(a -> a.length() >= 2).toList());

    private static boolean adverbAfter(String text, int end) {
        return ADVERBS_AFTER.stream().anyMatch(a -> text.startsWith(a, end));
    }

    /** What may stand right before a name at a clause's start. */
    private static final String BEFORE_NAME = "，,。;；:：(（\n ";

    /**
     * One side a coordinator, the other a boundary: 甲与某某于…, 某某与甲…, 某某、甲 — never a name's characters inside a
     * longer word on its far side (某某大学与…, …与某某大学), which is an organisation's name, not the place.
     */
    private static boolean coordinated(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : '，';
        char after = end < text.length() ? text.charAt(end) : '。';
        boolean coordinatorBefore = COORDINATORS.indexOf(before) >= 0, coordinatorAfter = COORDINATORS.indexOf(after) >= 0;
        return (coordinatorBefore && (coordinatorAfter || AFTER_NAME.indexOf(after) >= 0 || adverbAfter(text, end)))
                || (coordinatorAfter && BEFORE_NAME.indexOf(before) >= 0);
    }
}

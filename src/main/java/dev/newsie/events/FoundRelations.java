package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sister-city relations a page states, one per unordered pair, each with the best start the page gives: a
 * start stated outright, or counted back from a jubilee (结好30周年), whichever the rules below prefer.
 */
final class FoundRelations {
    private final Map<String, Relation> byPair = new LinkedHashMap<>();
    /** Pairs whose start was counted back from the years of a jubilee, not stated. */
    private final Set<String> counted = new HashSet<>();
    /** Pairs twinned by a signing the page reports: their start is the signing's. */
    private final Set<String> signed = new HashSet<>();
    /** Whether a statement's evidence speaks of a standing short of a twinning (友好交流关系, 备忘录). */
    private final Predicate<Span> lowerTier;

    FoundRelations() {
        this(evidence -> false);
    }

    /** @param lowerTier whether a statement's evidence speaks of a standing or document short of a twinning */
    FoundRelations(Predicate<Span> lowerTier) {
        this.lowerTier = lowerTier;
    }

    /**
     * A twinning the page reports signed, dated by its signing (or undated). A start put later for the pair from a
     * clause about an earlier, lower standing (于2018年建立友好合作关系, 友好交流协定10周年, 2015年签订备忘录) is when
     * that standing began, not the twinning: the signing's date stands.
     */
    void putSigned(String a, String b, String since, Span evidence) {
        put(a, b, since, evidence);
        signed.add(key(a, b));
    }

    /** Whether two place slots a statement pairs can be sister cities: two different places, neither a country. */
    static boolean twinnable(MaskedSentence.Slot a, MaskedSentence.Slot b) {
        return a != null && b != null && a.entity() != b.entity()
                && a.entity().type() != EntityType.COUNTRY && b.entity().type() != EntityType.COUNTRY;
    }

    /** A relation with its start stated (a year, a signing's date) or none. */
    void put(String a, String b, String since, Span evidence) {
        String key = key(a, b);
        Relation old = byPair.get(key);
        if (old != null && ofLowerStanding(key, evidence)) {
            return;
        }
        // a start stated years before the signing told (续签, 升格, 结好10周年之际签署) is when the relation began;
        // a year stated (自1984年结好以来) outranks one counted back from a jubilee whose own year the clause left out
        boolean stated = since != null && counted.contains(key);
        if (old == null || (old.since() == null && since != null) || earlierYear(since, old.since()) || stated) {
            byPair.put(key, new Relation(Relation.SISTER_CITY, List.of(a, b), since, evidence));
            counted.remove(key);
        }
    }

    /** A relation whose start was counted back from the years of a jubilee (结好30周年): any stated year replaces it. */
    void putCounted(String a, String b, String since, Span evidence) {
        String key = key(a, b);
        Relation old = byPair.get(key);
        if (old != null && ofLowerStanding(key, evidence)) {
            return;
        }
        // counted from the page's year, a jubilee planned for next year is a year off: a stated year within one of it
        // stands, while one several years later is a renewal (结好10周年之际续签) and the counted start replaces it
        boolean renewal = earlierYear(since, old == null ? null : old.since())
                && (counted.contains(key) || Integer.parseInt(old.since().substring(0, 4)) - Integer.parseInt(since.substring(0, 4)) > 1);
        if (old == null || (old.since() == null && since != null) || renewal) {
            byPair.put(key, new Relation(Relation.SISTER_CITY, List.of(a, b), since, evidence));
            if (since != null) {
                counted.add(key);
            }
        }
    }

    /** Whether a start put for a pair twinned by a reported signing comes from a clause about a lower standing. */
    private boolean ofLowerStanding(String key, Span evidence) {
        return signed.contains(key) && evidence != null && lowerTier.test(evidence);
    }

    /** Forgets the pair, so that what is put next for it stands whatever it holds. */
    void remove(String a, String b) {
        byPair.remove(key(a, b));
    }

    List<Relation> relations() {
        return new ArrayList<>(byPair.values());
    }

    private static boolean earlierYear(String since, String than) {
        return since != null && than != null && since.length() >= 4 && than.length() >= 4
                && since.substring(0, 4).compareTo(than.substring(0, 4)) < 0;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}

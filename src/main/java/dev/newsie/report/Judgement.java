package dev.newsie.report;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.DocumentScore;
import dev.newsie.eval.ScoredDocument;
import dev.newsie.eval.Scorer;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One document's predictions judged against its gold by the evaluation's own {@link Scorer} (GOLD.md §6),
 * so the report marks as correct, spurious or missed exactly what {@code newsie eval --errors} lists.
 */
public final class Judgement {
    /** How a predicted item fared against gold. */
    public enum Status { CORRECT, SPURIOUS;

        public String cssClass() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final DocumentScore score;
    private final CanonicalNames names;
    private final Set<String> spuriousEntities;
    private final Set<String> spuriousEvents;
    private final Set<String> spuriousRelations;

    private Judgement(DocumentScore score, CanonicalNames names) {
        this.score = score;
        this.names = names;
        this.spuriousEntities = new HashSet<>(score.entities().falsePositives());
        this.spuriousEvents = new HashSet<>(score.events().falsePositives());
        this.spuriousRelations = new HashSet<>(score.relations().falsePositives());
    }

    public static Judgement of(ScoredDocument gold, ScoredDocument predicted, Scorer scorer, CanonicalNames names) {
        return new Judgement(scorer.score(gold, predicted), names);
    }

    public DocumentScore score() {
        return score;
    }

    public Status entity(Entity e) {
        return spuriousEntities.contains("entity " + e.type() + " " + names.canonical(e.name(), e.type()))
                ? Status.SPURIOUS : Status.CORRECT;
    }

    /** Gold entities no prediction matched, as "TYPE name". */
    public List<String> missedEntities() {
        return withoutPrefix(score.entities().falseNegatives(), "entity ");
    }

    public Status event(Event e) {
        return spuriousEvents.contains(e.type() + " " + describe(e)) ? Status.SPURIOUS : Status.CORRECT;
    }

    /** Wrong arguments of a paired event, as "role=value". */
    public List<String> spuriousArguments(Event e) {
        return argumentsOf(score.arguments().falsePositives(), e);
    }

    /** Gold arguments of a paired event that the prediction lacks, as "role=value". */
    public List<String> missedArguments(Event e) {
        return argumentsOf(score.arguments().falseNegatives(), e);
    }

    /** Gold events no prediction was paired with. */
    public List<String> missedEvents() {
        return score.events().falseNegatives();
    }

    public Status relation(Relation r) {
        List<String> ps = new ArrayList<>();
        r.parties().forEach(p -> ps.add(names.canonicalPlaceOrName(p)));
        ps.sort(null);
        return spuriousRelations.contains("SISTER_CITY " + String.join("—", ps)) ? Status.SPURIOUS : Status.CORRECT;
    }

    /** Gold relations no prediction matched, and {@code since} values that differ from gold. */
    public List<String> missedRelations() {
        List<String> out = new ArrayList<>(score.relations().falseNegatives());
        score.relationSince().falsePositives().forEach(s -> out.add("wrong " + s));
        score.relationSince().falseNegatives().forEach(s -> out.add("gold " + s));
        return out;
    }

    /** The scorer's own description of an event (Scorer.describe), which its error strings end with. */
    private static String describe(Event e) {
        return switch (e.type()) {
            case FORUM -> "'" + e.name() + "'";
            case SIGNING -> String.valueOf(e.parties());
            case AWARD -> "'" + e.award() + "'";
        };
    }

    private static List<String> argumentsOf(List<String> errors, Event e) {
        String prefix = e.type() + " ";
        String suffix = " in " + e.type() + " " + describe(e);
        List<String> out = new ArrayList<>();
        for (String s : errors) {
            if (s.startsWith(prefix) && s.endsWith(suffix)) {
                out.add(s.substring(prefix.length(), s.length() - suffix.length()));
            }
        }
        return out;
    }

    private static List<String> withoutPrefix(List<String> items, String prefix) {
        return items.stream().map(s -> s.startsWith(prefix) ? s.substring(prefix.length()) : s).toList();
    }
}

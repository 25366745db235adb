package dev.newsie.eval;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.model.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Scores one predicted document against its gold exactly as GOLD.md §6 says, one method per layer. */
public final class Scorer {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final CanonicalNames names;

    public Scorer(CanonicalNames names) {
        this.names = names;
    }

    public DocumentScore score(ScoredDocument gold, ScoredDocument pred) {
        Tally entities = new Tally(), untyped = new Tally(), events = new Tally(), arguments = new Tally(),
                relations = new Tally(), since = new Tally();
        scoreEntities(gold, pred, entities, untyped);
        scoreEvents(gold, pred, events, arguments);
        scoreRelations(gold, pred, relations, since);
        return new DocumentScore(gold.id(), scoreCleaning(gold.body(), pred.body()), entities, untyped, events,
                arguments, relations, since);
    }

    // ---------------------------------------------------------------- cleaning

    /** Bag of character bigrams, both sides in Simplified with whitespace removed. */
    public static PrfCounts scoreCleaning(String goldBody, String predBody) {
        return PrfCounts.compare(bigrams(predBody), bigrams(goldBody));
    }

    static List<String> bigrams(String body) {
        if (body == null) {
            return List.of();
        }
        String s = WHITESPACE.matcher(ScriptConverter.toSimplified(body)).replaceAll("");
        List<String> out = new ArrayList<>(Math.max(0, s.length() - 1));
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    // ---------------------------------------------------------------- entities

    private void scoreEntities(ScoredDocument gold, ScoredDocument pred, Tally typed, Tally untyped) {
        Set<String> g = entityKeys(gold), p = entityKeys(pred);
        compareSets(p, g, typed, k -> k.substring(0, k.indexOf(' ')), "entity ");
        Set<String> gu = new TreeSet<>(), pu = new TreeSet<>();
        g.forEach(k -> gu.add(k.substring(k.indexOf(' ') + 1)));
        p.forEach(k -> pu.add(k.substring(k.indexOf(' ') + 1)));
        compareSets(pu, gu, untyped, k -> null, "entity ");
    }

    private Set<String> entityKeys(ScoredDocument d) {
        Set<String> out = new TreeSet<>();
        for (ScoredDocument.EntityRef e : d.entities()) {
            out.add(e.type() + " " + names.canonical(e.name(), e.type()));
        }
        return out;
    }

    private static void compareSets(Set<String> pred, Set<String> gold, Tally t,
                                    java.util.function.Function<String, String> keyOf, String label) {
        for (String k : pred) {
            if (gold.contains(k)) {
                t.truePositive(keyOf.apply(k));
            } else {
                t.falsePositive(keyOf.apply(k), label + k);
            }
        }
        for (String k : gold) {
            if (!pred.contains(k)) {
                t.falseNegative(keyOf.apply(k), label + k);
            }
        }
    }

    // ---------------------------------------------------------------- events

    /** An event reduced to comparable arguments: "ROLE=value" strings, one per list element. */
    private record Args(ScoredDocument.EventAnnotation event, List<String> args) {
    }

    private void scoreEvents(ScoredDocument gold, ScoredDocument pred, Tally events, Tally arguments) {
        List<Args> g = gold.events().stream().map(this::arguments).toList();
        List<Args> p = pred.events().stream().map(this::arguments).toList();
        record Candidate(int gi, int pi, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int gi = 0; gi < g.size(); gi++) {
            for (int pi = 0; pi < p.size(); pi++) {
                if (matches(g.get(gi).event(), p.get(pi).event())) {
                    candidates.add(new Candidate(gi, pi, PrfCounts.compare(p.get(pi).args(), g.get(gi).args()).tp()));
                }
            }
        }
        // Greedy one-to-one pairing, best argument overlap first; ties by document order for determinism.
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::gi).thenComparingInt(Candidate::pi));
        boolean[] gUsed = new boolean[g.size()], pUsed = new boolean[p.size()];
        for (Candidate c : candidates) {
            if (gUsed[c.gi()] || pUsed[c.pi()]) {
                continue;
            }
            gUsed[c.gi()] = pUsed[c.pi()] = true;
            Args ga = g.get(c.gi()), pa = p.get(c.pi());
            String type = ga.event().type().name();
            events.truePositive(type);
            String where = " in " + type + " " + describe(ga.event());
            compareArguments(pa.args(), ga.args(), type, arguments, where);
        }
        for (int gi = 0; gi < g.size(); gi++) {
            if (!gUsed[gi]) {
                Args a = g.get(gi);
                String type = a.event().type().name();
                events.falseNegative(type, type + " " + describe(a.event()));
                for (String arg : a.args()) {
                    arguments.falseNegative(type + "." + role(arg), type + " " + arg + " (event missed)");
                }
            }
        }
        for (int pi = 0; pi < p.size(); pi++) {
            if (!pUsed[pi]) {
                Args a = p.get(pi);
                String type = a.event().type().name();
                events.falsePositive(type, type + " " + describe(a.event()));
                for (String arg : a.args()) {
                    arguments.falsePositive(type + "." + role(arg), type + " " + arg + " (spurious event)");
                }
            }
        }
    }

    private static void compareArguments(List<String> pred, List<String> gold, String type, Tally t, String where) {
        Map<String, Integer> g = new LinkedHashMap<>();
        gold.forEach(a -> g.merge(a, 1, Integer::sum));
        for (String a : pred) {
            Integer n = g.get(a);
            if (n != null && n > 0) {
                g.put(a, n - 1);
                t.truePositive(type + "." + role(a));
            } else {
                t.falsePositive(type + "." + role(a), type + " " + a + where);
            }
        }
        g.forEach((a, n) -> {
            for (int i = 0; i < n; i++) {
                t.falseNegative(type + "." + role(a), type + " " + a + where);
            }
        });
    }

    private static String role(String arg) {
        return arg.substring(0, arg.indexOf('='));
    }

    private static String describe(ScoredDocument.EventAnnotation e) {
        return switch (e.type()) {
            case FORUM -> "'" + e.first("name") + "'";
            case SIGNING -> e.values("parties").toString();
            case AWARD -> "'" + e.first("award") + "'";
        };
    }

    private Args arguments(ScoredDocument.EventAnnotation e) {
        List<String> out = new ArrayList<>();
        e.roles().forEach((role, values) -> {
            for (Object v : values) {
                out.add(role + "=" + value(role, v));
            }
        });
        return new Args(e, out);
    }

    /** A role value in comparable form: dates and labels as strings, counts as integers, names after canonical(). */
    String value(String role, Object v) {
        String s = String.valueOf(v);
        if (EventType.DATE_ROLES.contains(role) || EventType.LABEL_ROLES.contains(role)) {
            return s.strip();
        }
        if (EventType.COUNT_ROLES.contains(role)) {
            try {
                return String.valueOf(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return s.strip();
            }
        }
        if (EventType.TEXT_ROLES.contains(role)) {
            return CanonicalNames.surfaceForm(s);
        }
        return names.canonicalPlaceOrName(s);
    }

    /** GOLD.md §6: when a predicted event may be paired with a gold event. */
    boolean matches(ScoredDocument.EventAnnotation g, ScoredDocument.EventAnnotation p) {
        if (g.type() != p.type()) {
            return false;
        }
        return switch (g.type()) {
            case FORUM -> forumNamesMatch(g, p) || sameDateAndLocation(g, p);
            case SIGNING -> partySet(g).equals(partySet(p));
            case AWARD -> Objects.equals(text(g.first("award")), text(p.first("award"))) && g.first("award") != null;
        };
    }

    private boolean forumNamesMatch(ScoredDocument.EventAnnotation g, ScoredDocument.EventAnnotation p) {
        String gn = text(g.first("name")), pn = text(p.first("name"));
        if (gn == null || pn == null || gn.isEmpty() || pn.isEmpty()) {
            return false;
        }
        if (gn.contains(pn) || pn.contains(gn)) {
            return true;
        }
        return p.values("aliases").stream().map(a -> text(String.valueOf(a))).anyMatch(gn::equals)
                || g.values("aliases").stream().map(a -> text(String.valueOf(a))).anyMatch(pn::equals);
    }

    private boolean sameDateAndLocation(ScoredDocument.EventAnnotation g, ScoredDocument.EventAnnotation p) {
        String gd = dateOf(g), pd = dateOf(p), gl = g.first("location"), pl = p.first("location");
        return gd != null && pd != null && gl != null && pl != null && gd.equals(pd)
                && names.canonicalPlaceOrName(gl).equals(names.canonicalPlaceOrName(pl));
    }

    /** The event's date, or its start when it gives a span. */
    private static String dateOf(ScoredDocument.EventAnnotation e) {
        return e.first("date") != null ? e.first("date") : e.first("start");
    }

    private Set<String> partySet(ScoredDocument.EventAnnotation e) {
        Set<String> s = new HashSet<>();
        e.values("parties").forEach(v -> s.add(names.canonicalPlaceOrName(String.valueOf(v))));
        return s;
    }

    private static String text(String s) {
        return s == null ? null : CanonicalNames.surfaceForm(s);
    }

    // ---------------------------------------------------------------- relations

    private void scoreRelations(ScoredDocument gold, ScoredDocument pred, Tally pairs, Tally since) {
        Map<String, String> g = relationMap(gold), p = relationMap(pred);
        for (Map.Entry<String, String> e : p.entrySet()) {
            String pair = e.getKey();
            if (!g.containsKey(pair)) {
                pairs.falsePositive("SISTER_CITY", "SISTER_CITY " + pair);
                continue;
            }
            pairs.truePositive("SISTER_CITY");
            String gs = g.get(pair), ps = e.getValue();
            if (gs != null && gs.equals(ps)) {
                since.truePositive("since");
            } else {
                if (ps != null) {
                    since.falsePositive("since", "SISTER_CITY " + pair + " since=" + ps);
                }
                if (gs != null) {
                    since.falseNegative("since", "SISTER_CITY " + pair + " since=" + gs);
                }
            }
        }
        for (Map.Entry<String, String> e : g.entrySet()) {
            if (!p.containsKey(e.getKey())) {
                pairs.falseNegative("SISTER_CITY", "SISTER_CITY " + e.getKey());
                if (e.getValue() != null) {
                    since.falseNegative("since", "SISTER_CITY " + e.getKey() + " since=" + e.getValue() + " (relation missed)");
                }
            }
        }
    }

    /** Unordered canonical pair "a—b" (sorted) → since; a pair stated twice keeps the first since given. */
    private Map<String, String> relationMap(ScoredDocument d) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ScoredDocument.RelationAnnotation r : d.relations()) {
            List<String> ps = new ArrayList<>();
            r.parties().forEach(x -> ps.add(names.canonicalPlaceOrName(x)));
            ps.sort(null);
            String key = String.join("—", ps);
            String sinceValue = r.since() == null ? null : r.since().strip();
            if (!m.containsKey(key) || m.get(key) == null) {
                m.put(key, sinceValue);
            }
        }
        return m;
    }
}

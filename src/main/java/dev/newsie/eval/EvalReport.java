package dev.newsie.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores of one system over a set of documents: every layer summed over documents, and each document's own. */
public final class EvalReport {
    private final String system;
    private final List<DocumentScore> documents = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private PrfCounts cleaning = PrfCounts.ZERO;
    private final Tally entities = new Tally(), untyped = new Tally(), events = new Tally(), arguments = new Tally(),
            relations = new Tally(), since = new Tally();

    public EvalReport(String system) {
        this.system = system;
    }

    /** Scores every gold document against its prediction; a gold document with no prediction scores as empty. */
    public static EvalReport score(String system, Scorer scorer, Map<String, ScoredDocument> gold,
                                   Map<String, ScoredDocument> pred) {
        EvalReport r = new EvalReport(system);
        for (ScoredDocument g : gold.values()) {
            ScoredDocument p = pred.get(g.id());
            if (p == null) {
                r.notes.add(g.id() + ": no prediction for this gold document (scored as empty)");
                p = new ScoredDocument(g.id(), null, null, null, List.of(), List.of(), List.of());
            }
            r.add(scorer.score(g, p));
        }
        for (String id : pred.keySet()) {
            if (!gold.containsKey(id)) {
                r.notes.add(id + ": predicted document has no gold (not scored)");
            }
        }
        return r;
    }

    /**
     * The same system's scores on two halves of the documents, alternating in id order (the 1st, 3rd, 5th… and
     * the 2nd, 4th…): for d01…d32 the odd and the even numbers. Rules are written looking at one half and
     * checked on the other; the distance between the two estimates what unseen articles will score.
     */
    public List<EvalReport> halves() {
        List<DocumentScore> sorted = new ArrayList<>(documents);
        sorted.sort(java.util.Comparator.comparing(DocumentScore::id));
        EvalReport odd = new EvalReport(system + " odd half"), even = new EvalReport(system + " even half");
        for (int i = 0; i < sorted.size(); i++) {
            (i % 2 == 0 ? odd : even).add(sorted.get(i));
        }
        return List.of(odd, even);
    }

    /** The same scores under another label. */
    public EvalReport renamed(String label) {
        EvalReport r = new EvalReport(label);
        documents.forEach(r::add);
        r.notes.addAll(notes);
        return r;
    }

    public void add(DocumentScore d) {
        documents.add(d);
        cleaning = cleaning.plus(d.cleaning());
        entities.addAll(d.entities());
        untyped.addAll(d.untypedEntities());
        events.addAll(d.events());
        arguments.addAll(d.arguments());
        relations.addAll(d.relations());
        since.addAll(d.relationSince());
    }

    public String system() { return system; }
    public List<DocumentScore> documents() { return documents; }
    public List<String> notes() { return notes; }
    public PrfCounts cleaning() { return cleaning; }
    public Tally entities() { return entities; }
    public Tally untypedEntities() { return untyped; }
    public Tally events() { return events; }
    public Tally arguments() { return arguments; }
    public Tally relations() { return relations; }
    public Tally relationSince() { return since; }

    public PrfCounts overall() {
        return entities.total().plus(arguments.total()).plus(relations.total()).plus(since.total());
    }

    /** The JSON shape of issue #2 (more fields welcome). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("system", system);
        m.put("overall", overall().toMap());
        m.put("cleaning", cleaning.toMap());
        Map<String, Object> ent = new LinkedHashMap<>();
        ent.put("micro", entities.total().toMap());
        ent.put("untyped", untyped.total().toMap());
        ent.put("byType", byKey(entities));
        m.put("entities", ent);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("events", events.total().toMap());
        ev.put("arguments", arguments.total().toMap());
        ev.put("byType", byKey(events));
        ev.put("byRole", byKey(arguments));
        m.put("events", ev);
        Map<String, Object> rel = new LinkedHashMap<>(relations.total().toMap());
        rel.put("since", since.total().toMap());
        m.put("relations", rel);
        Map<String, Object> docs = new LinkedHashMap<>();
        for (DocumentScore d : documents) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("overall", d.overall().toMap());
            dm.put("cleaning", d.cleaning().toMap());
            dm.put("entities", d.entities().total().toMap());
            dm.put("events", d.events().total().toMap());
            dm.put("arguments", d.arguments().total().toMap());
            dm.put("relations", d.relations().total().toMap());
            docs.put(d.id(), dm);
        }
        m.put("documents", docs);
        m.put("notes", notes);
        return m;
    }

    private static Map<String, Object> byKey(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        t.byKey().forEach((k, v) -> m.put(k, v.toMap()));
        return m;
    }
}

package dev.newsie.events;

import dev.newsie.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * 两市于2003年正式结为友好城市。此次来访的是甲市的友好城市乙市代表团: a report may sum the two sides up as 两市/双方 before
 * it names them, in the very next sentence. Where the statement found no two places before it, its start belongs to
 * the one relation the next sentence states — only when that sentence states exactly one, and only a start: the
 * pair itself must be stated there.
 */
final class BothSidesNamedAfter {
    private record Pending(int sentenceEnd, String since, boolean counted) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** A 两市/双方 statement with a start whose sides were not named before it. */
    void remember(MaskedSentence ms, String since, boolean counted) {
        if (since != null) {
            pending.add(new Pending(ms.sentence().end(), since, counted));
        }
    }

    void resolve(DocumentContext ctx, FoundRelations out) {
        for (Pending p : pending) {
            MaskedSentence next = null;
            for (MaskedSentence ms : ctx.masked) {
                if (ms.sentence().start() >= p.sentenceEnd()) {
                    next = ms;
                    break;
                }
            }
            if (next == null) {
                continue;
            }
            List<Relation> stated = new ArrayList<>();
            for (Relation r : out.relations()) {
                if (r.evidence() != null && r.evidence().start() >= next.sentence().start() && r.evidence().end() <= next.sentence().end()) {
                    stated.add(r);
                }
            }
            if (stated.size() != 1 || stated.get(0).since() != null) {
                continue;
            }
            Relation r = stated.get(0);
            if (p.counted()) {
                out.putCounted(r.parties().get(0), r.parties().get(1), p.since(), r.evidence());
            } else {
                out.put(r.parties().get(0), r.parties().get(1), p.since(), r.evidence());
            }
        }
    }
}

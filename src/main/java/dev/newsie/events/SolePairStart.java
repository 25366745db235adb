package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of the one twinning a page tells, read from a clause that opens a span up to now at a year and twins in it
 * (自1966年结好以来的历次互访, 自1966年延续至今的姐妹城市关系, 自1966年甲与乙缔结友好城市以来) but does not name both sides
 * in the way the statement rows need: the sides are the page's only pair, so the year is that pair's start.
 *
 * <p>Why: such clauses stand in speeches and reviews after the pair was named, and on a page with no date of its own
 * a jubilee (结好N周年) cannot be counted back, so the clause is the only start the page gives. Read only for a pair
 * with no start yet, on a page that twins no other pair, and only when the whole clause names no other place and
 * counts no partners. The clauses are the SOLE_PAIR_SINCE rows of {@code models/events/relation-patterns.tsv}, the
 * counting words its SOLE_PAIR_COUNTED rows.
 */
final class SolePairStart {
    private final List<Pattern> dated = new ArrayList<>();
    private final List<Pattern> counted = new ArrayList<>();

    SolePairStart(List<EventLexicon.RelationPattern> patterns) {
        for (EventLexicon.RelationPattern p : patterns) {
            if (p.kind().equals("SOLE_PAIR_SINCE")) {
                dated.add(p.pattern());
            } else if (p.kind().equals("SOLE_PAIR_COUNTED")) {
                counted.add(p.pattern());
            }
        }
    }

    /** Whether a row of this kind is read here and not by the statement loop. */
    static boolean reads(String kind) {
        return kind.startsWith("SOLE_PAIR_");
    }

    void read(DocumentContext ctx, FoundRelations out) {
        List<Relation> found = out.relations();
        if (found.size() != 1 || found.get(0).since() != null) {
            return;
        }
        List<String> pair = found.get(0).parties();
        for (MaskedSentence ms : ctx.masked) {
            String masked = ms.masked();
            for (Pattern p : dated) {
                Matcher m = p.matcher(masked);
                // a later clause of the sentence may date the pair where an earlier one names another place
                while (m.find()) {
                    // the partner may stand after the verb (自1966年结为友好城市的丙市), so the whole clause is read
                    int from = SigningExtractor.clauseStart(masked, m.start()), to = SigningExtractor.clauseEnd(masked, m.end());
                    if (counts(masked, from, to) || !onlyThePair(ms, from, to, pair)) {
                        continue;
                    }
                    String since = StartDate.of(masked, m.group(1), m.end(1));
                    out.put(pair.get(0), pair.get(1), since, new Span(ms.sentence().start(), ms.sentence().end()));
                    return;
                }
            }
        }
    }

    /** Whether [from, to) counts or orders several partners (先后与5个城市结为友好城市): no one pair's start. */
    private boolean counts(String masked, int from, int to) {
        for (Pattern p : counted) {
            if (p.matcher(masked).region(from, to).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every place named in [from, to) of the sentence, countries aside, is one of the pair. */
    private static boolean onlyThePair(MaskedSentence ms, int from, int to, List<String> pair) {
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() != EntityType.COUNTRY && s.entity().type().isPlace() && !pair.contains(s.entity().name())) {
                return false;
            }
        }
        return true;
    }
}

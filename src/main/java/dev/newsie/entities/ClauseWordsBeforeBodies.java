package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 以及某某公司, 先赴某州议会拜会, 会后某市委…: a conjunction, a verb of going or a word of time written right before a
 * body's name is part of the clause, not of the name, though a recogniser running left over Han characters may take it
 * in. An organisation whose name opens with such a word ({@code models/clause-words-before-bodies.tsv}) is the body
 * after the word; a word that may open a name of its own (后勤部) is cut only where a place's name follows it.
 */
final class ClauseWordsBeforeBodies {
    /** Shortest name left after the word. */
    static final int MIN_REST = 2;
    private static final List<ModelFile.Row> WORDS = ModelFile.read("clause-words-before-bodies.tsv", 2);

    private ClauseWordsBeforeBodies() {
    }

    /** The candidate without a clause word at its front; the candidate itself when it opens with none. */
    static Candidate cut(Candidate c, List<Candidate> places) {
        if (c.type() != EntityType.ORGANIZATION) {
            return c;
        }
        for (ModelFile.Row row : WORDS) {
            String word = row.get(0);
            if (!c.name().startsWith(word) || c.name().length() - word.length() < MIN_REST) {
                continue;
            }
            int at = c.start() + word.length();
            boolean placeAfter = places.stream().anyMatch(p -> p.type().isPlace() && p.start() == at);
            if ("always".equals(row.get(1)) || placeAfter) {
                return new Candidate(at, c.end(), c.type(), c.name().substring(word.length()), c.country(), c.source());
            }
        }
        return c;
    }
}

package dev.newsie.entities;

import java.util.List;

/** The clause a position stands in, read back to the last clause-ending mark: whether a verb governs it. */
final class ClauseBefore {
    /** Characters that end a clause: a verb before one of them governs another clause. */
    private static final String CLAUSE_ENDS = "，,。；;！!？?\n";

    private ClauseBefore() {
    }

    /** Whether the clause that {@code pos} stands in holds one of {@code words} before {@code pos}. */
    static boolean holdsAny(String text, int pos, List<String> words) {
        int from = pos;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String clause = text.substring(from, pos);
        return words.stream().anyMatch(clause::contains);
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.function.Predicate;

/**
 * 某某及商会, 侨界及商会, 市府及议会, 幼教及市议会: a run that ends in a conjunction and a bare head noun (商会, 议会, 台办)
 * or a bare level and one (市议会) names no body. A body's own name puts its distinctive words before its head, so a
 * conjunction right before the head joins some other item (a person, a group, a field, another body) to a body that
 * is named elsewhere or only of a kind. Reads the candidate's name; keeps nothing. 政府 after a conjunction has its
 * own reading ({@link GovernmentJoinedToAField}: two organs joined keep theirs), so it is left to that class.
 */
final class BareHeadJoinedToAnItem {
    /**
     * Conjunctions that join two items of a list and never stand inside a body's name before its bare head; 和 is
     * left out, as it also ends trade names (某某和公司) and stands in place names (呼和浩特).
     */
    private static final String JOINS = "及与";
    /** The head that {@link GovernmentJoinedToAField} reads. */
    private static final String GOVERNMENT = "政府";

    private BareHeadJoinedToAnItem() {
    }

    /**
     * Whether the organisation candidate ends in a conjunction and a bare head ({@code bareHead}: a head noun alone or
     * after a bare level character), with an item before the conjunction.
     */
    static boolean isOne(Candidate c, Predicate<String> bareHead) {
        if (c.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String name = c.name();
        int join = -1;
        for (int k = name.length() - 2; k >= 1; k--) {
            if (JOINS.indexOf(name.charAt(k)) >= 0) {
                join = k;
                break;
            }
        }
        if (join < 1) {
            return false;
        }
        String tail = name.substring(join + 1);
        return !tail.endsWith(GOVERNMENT) && bareHead.test(tail);
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * 学界及政府论坛, 企业与政府间合作, 专家及政府官员: 政府 joined by a conjunction to a field or a kind of people
 * (学界, 企业, 专家) is the common noun "government", which with its partner qualifies the words after it; the run
 * ending in it names no body (a government's name opens with its place, 某市政府). Two bodies joined (某市委和政府)
 * keep their reading: the word before the conjunction then ends in an organ's character.
 */
final class GovernmentJoinedToAField {
    /** The common noun read as the name's head. */
    private static final String GOVERNMENT = "政府";
    /** Conjunctions that join two fields or two kinds. */
    private static final String JOINS = "及与和暨";
    /**
     * Characters that close a body's name (党委, 议会, 市府, 外交部; {@link Departments#BODY_ENDS}), and a unit's or
     * an assembly's last character (处, 司; 人大, 政协): before the conjunction they make the run two bodies.
     */
    private static final String ORGAN_ENDS = Departments.BODY_ENDS + "会处司大协";

    private GovernmentJoinedToAField() {
    }

    /** Whether the organisation candidate is a field joined to 政府 (专家及政府), no body. */
    static boolean isField(Candidate c) {
        String name = c.name();
        int join = name.length() - GOVERNMENT.length() - 1;
        return c.type() == EntityType.ORGANIZATION && join >= 1 && name.endsWith(GOVERNMENT)
                && JOINS.indexOf(name.charAt(join)) >= 0 && ORGAN_ENDS.indexOf(name.charAt(join - 1)) < 0;
    }
}

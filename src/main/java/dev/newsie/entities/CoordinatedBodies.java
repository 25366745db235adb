package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 甲市捷运公司和乙市交通公社, 甲区文旅局与乙市文旅局: two bodies joined by a conjunction that the segmenter read as one
 * span are two organisations when each side ends in an organisation's head noun and is a name of its own length.
 */
final class CoordinatedBodies {
    /** Conjunctions that join two named bodies. */
    static final String CONJUNCTIONS = "和与及、";
    /** Fewest characters of each side: a head noun and at least a two-character name before it. */
    private static final int MIN_SIDE = 3;

    private CoordinatedBodies() {
    }

    /** The candidate as two bodies where it joins two, else as it is. */
    static List<Candidate> split(Candidate org, OrganizationHeads heads) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.length() != org.end() - org.start()) {
            return List.of(org);
        }
        for (int k = MIN_SIDE; k <= name.length() - MIN_SIDE - 1; k++) {
            if (CONJUNCTIONS.indexOf(name.charAt(k)) < 0) {
                continue;
            }
            String left = name.substring(0, k), right = name.substring(k + 1);
            if (heads.hasHead(left) && heads.hasHead(right) && heads.longestHeadAtEnd(left) < left.length()
                    && heads.longestHeadAtEnd(right) < right.length()) {
                return List.of(new Candidate(org.start(), org.start() + k, org.type(), left, org.country(), org.source()),
                        new Candidate(org.start() + k + 1, org.end(), org.type(), right, org.country(), org.source()));
            }
        }
        return List.of(org);
    }
}

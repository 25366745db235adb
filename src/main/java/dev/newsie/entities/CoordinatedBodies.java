package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 甲市捷运公司和乙市交通公社, 甲区文旅局与乙市文旅局: two bodies joined by a conjunction that the segmenter read as one
 * span are two organisations when each side ends in an organisation's head noun and is a name of its own length.
 * Two places sharing one body's name (甲省及乙市人民对外友好协会) are two bodies, each place's; and people joined to a
 * body (各界友好人士及某某华侨总会, {@code models/people-kinds.tsv}) are no part of it.
 */
final class CoordinatedBodies {
    /** Conjunctions that join two named bodies. */
    static final String CONJUNCTIONS = "和与及、";
    /** Fewest characters of each side: a head noun and at least a two-character name before it. */
    private static final int MIN_SIDE = 3;

    private CoordinatedBodies() {
    }

    /** 偕 (accompanied by): people led by someone and the body's members they come with (主管偕某某代表会). */
    private static final char ACCOMPANIED_BY = '偕';

    /** A place and its level (黑河市, 某某县) standing alone before the conjunction. */
    private static final java.util.regex.Pattern PLACE_AND_LEVEL = java.util.regex.Pattern.compile("\\p{IsHan}{1,7}[省市县州区]");
    /** The place and level opening the side after the conjunction, and the body's name after them. */
    private static final java.util.regex.Pattern PLACE_THEN_BODY = java.util.regex.Pattern.compile("(\\p{IsHan}{1,7}?[省市县州区])(\\p{IsHan}{3,})");
    private static final List<String> PEOPLE_KINDS = dev.newsie.canon.ModelFile.read("people-kinds.tsv", 1).stream().map(r -> r.get(0)).toList();

    /** Whether {@code words} end with a word for a kind of people ({@code models/people-kinds.tsv}: 代表, 人士, 友人). */
    static boolean endsWithKindOfPeople(String words) {
        return PEOPLE_KINDS.stream().anyMatch(words::endsWith);
    }
    /** Titles of people (市长, 议长), which end a coordinated item naming a person by office, not a body. */
    private static final List<String> TITLES = dev.newsie.canon.ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).toList();

    /** Whether an item before a conjunction names people (a kind of people, a delegation, a side or an office), no body. */
    private static boolean namesPeople(String left, OrganizationHeads heads) {
        return !heads.hasHead(left) && (endsWithKindOfPeople(left) || TITLES.stream().anyMatch(left::endsWith));
    }

    /** The candidate as two bodies where it joins two, else as it is. */
    static List<Candidate> split(Candidate org, OrganizationHeads heads) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.length() != org.end() - org.start()) {
            return List.of(org);
        }
        for (int k = 2; k <= name.length() - 3; k++) {
            // 某市市长及某市议会, 中方及使馆, 某市代表团和议会: people (by kind, office or side) joined to a body are no part
            // of it; the body is what follows the conjunction, and a bare head noun there names none. What follows may
            // itself join two bodies (甲市市长与乙市议会及丙市商会), so it is split in turn.
            String right = name.substring(k + 1);
            if (CONJUNCTIONS.indexOf(name.charAt(k)) >= 0 && namesPeople(name.substring(0, k), heads) && heads.hasHead(right)) {
                return heads.longestHeadAtEnd(right) < right.length()
                        ? split(new Candidate(org.start() + k + 1, org.end(), org.type(), right, org.country(), org.source()), heads)
                        : List.of();
            }
        }
        for (int k = 2; k <= name.length() - MIN_SIDE - 1; k++) {
            if (CONJUNCTIONS.indexOf(name.charAt(k)) < 0 && name.charAt(k) != ACCOMPANIED_BY) {
                continue;
            }
            String left = name.substring(0, k), right = name.substring(k + 1);
            if (name.charAt(k) == ACCOMPANIED_BY) {
                if (endsWithKindOfPeople(left) && heads.hasHead(right)) {
                    return List.of(new Candidate(org.start() + k + 1, org.end(), org.type(), right, org.country(), org.source()));
                }
                continue; // 偕 joins people to people, never two bodies
            }
            java.util.regex.Matcher body = PLACE_THEN_BODY.matcher(right);
            if (PLACE_AND_LEVEL.matcher(left).matches() && body.matches() && heads.hasHead(body.group(2))) {
                // 甲省及乙市人民对外友好协会: each place's body of that name
                return List.of(new Candidate(org.start(), org.start() + k, org.type(), left + body.group(2), org.country(), org.source()),
                        new Candidate(org.start() + k + 1, org.end(), org.type(), right, org.country(), org.source()));
            }
            if (k < MIN_SIDE) {
                continue;
            }
            if (heads.hasHead(left) && heads.hasHead(right) && heads.longestHeadAtEnd(left) < left.length()
                    && heads.longestHeadAtEnd(right) < right.length()) {
                return List.of(new Candidate(org.start(), org.start() + k, org.type(), left, org.country(), org.source()),
                        new Candidate(org.start() + k + 1, org.end(), org.type(), right, org.country(), org.source()));
            }
        }
        return List.of(org);
    }
}

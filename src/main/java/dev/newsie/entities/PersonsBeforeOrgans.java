package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 某某某市委书记, 某某某会见: a person's full name, found by the person rules, followed by a level character and an
 * organ (the bare 市委 of his title) or by one character of the next word (会 of 会见) is read by the head rule as one
 * body (…市委, …国会). A body's name never opens with a person's name and then a bare level and organ: the run is
 * the person and the first words of his title or clause, no body.
 */
final class PersonsBeforeOrgans {
    /** Shortest full name taken: two-character names are too often also words or places' short forms. */
    private static final int MIN_NAME = 3;
    /** Longest bare organ after the level character (委, 政府, 人大). */
    private static final int MAX_ORGAN = 2;

    private PersonsBeforeOrgans() {
    }

    /** Whether the organisation is a found person's name and the start of his title or clause. */
    static boolean isPersonAndTitle(String text, Candidate org, List<Candidate> people, List<Candidate> places) {
        if (places.stream().anyMatch(p -> p.start() == org.start())) {
            return false; // a place opens the body's name; whatever the person rules read there
        }
        for (Candidate p : people) {
            String name = p.name();
            if (p.type() != EntityType.PERSON || name.length() < MIN_NAME || !text.startsWith(name, org.start())
                    || org.end() - org.start() <= name.length()) {
                continue;
            }
            String rest = text.substring(org.start() + name.length(), org.end());
            if (rest.length() == 1 || dev.newsie.canon.PlaceLevelWords.isCommon(rest.charAt(0)) && rest.length() <= 1 + MAX_ORGAN) {
                return true;
            }
        }
        return false;
    }
}

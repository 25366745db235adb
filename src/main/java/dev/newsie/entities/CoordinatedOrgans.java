package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.List;

/**
 * 愿同某市政府、议会齐心合力, 某县政府和人大: a bare head noun listed right after a body named by a place and its head
 * shares that place; it names the place's other organ (某市议会), as 市政府 names the article's city's government
 * (GOLD.md §7, bare organisation references).
 */
final class CoordinatedOrgans {
    /** Words that list two bodies. */
    private static final List<String> JOINS = List.of("、", "和", "及", "与");

    private CoordinatedOrgans() {
    }

    /**
     * The body named by the bare head token {@code head} (tokens[{@code i}]) listed after {@code previous}, the last
     * body found, or null when no body named by a place stands right before the joining word.
     */
    static Candidate sharedPlace(String text, List<Token> tokens, int i, Candidate previous, List<Candidate> places) {
        if (previous == null || i < 1 || previous.type() != EntityType.ORGANIZATION) {
            return null;
        }
        Token join = tokens.get(i - 1);
        if (!JOINS.contains(join.word()) || previous.end() != join.start() || join.end() != tokens.get(i).start()) {
            return null;
        }
        Candidate place = places.stream()
                .filter(p -> p.start() == previous.start() && p.end() < previous.end() && p.type().isPlace() && p.type() != EntityType.COUNTRY)
                .findFirst().orElse(null);
        if (place == null) {
            return null;
        }
        int prefixEnd = place.end();
        // a level word the place reading may leave outside the place's span
        if (prefixEnd < previous.end() && dev.newsie.canon.PlaceLevelWords.isCommon(text.charAt(prefixEnd))
                && (prefixEnd == place.start() || !dev.newsie.canon.PlaceLevelWords.isCommon(text.charAt(prefixEnd - 1)))) {
            prefixEnd++; // the place reading left its 市 to the body's head
        }
        Token head = tokens.get(i);
        String name = text.substring(place.start(), prefixEnd) + head.word();
        return new Candidate(head.start(), head.end(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }
}

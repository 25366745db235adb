package dev.newsie.entities;

import java.util.List;

/** Which of a listed name's gazetteer entries a mention means. */
final class ListedPlaceChoice {
    private ListedPlaceChoice() {
    }

    /** Among a name's entries: places over organisations when a suffix follows; a bare name is a CITY before a PROVINCE. */
    static Place choose(List<Place> entries, boolean suffixFollows, String contextCountry) {
        Place best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Place p : entries) {
            int score = switch (p.type()) {
                case COUNTRY -> suffixFollows ? 1 : 5;
                case CITY -> 4;
                case PROVINCE -> 3;
                case ORGANIZATION -> suffixFollows ? 0 : 6;
                case PERSON -> 0;
            };
            if (!p.weak()) {
                score += 10;
            }
            if (contextCountry != null && contextCountry.equals(p.country())) {
                score += 5;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }
}

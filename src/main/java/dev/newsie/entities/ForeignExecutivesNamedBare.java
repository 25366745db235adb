package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 某市市委书记、人民委员会主席, 某市市长率领市役所同仁: a foreign city's executive written bare by its generic name —
 * Vietnam's and Laos's people's committee (人民委员会), Japan's municipal office (市役所, 区役所, 町役场, 村役场) — is the
 * office of the city named just before it in the sentence; GOLD.md §7 names a bare reference in full with its place
 * (某市人民委员会, 某市役所). With no city before it in the sentence it names no body and {@link KindNames} drops it.
 */
final class ForeignExecutivesNamedBare {
    /** What ends a sentence: a city before it is no longer the one written about. */
    private static final String SENTENCE_ENDS = "。！？!?\n";
    /** The people's committee, whose name carries no level of its own. */
    private static final String PEOPLES_COMMITTEE = "人民委员会";
    /** The level the people's committee takes from a city written with it (某市委 → 某市人民委员会). */
    private static final String CITY_LEVEL = "市";

    private ForeignExecutivesNamedBare() {
    }

    /**
     * The candidate named in full after the nearest city before it in its sentence, or as it is.
     *
     * @param kinds the kinds of body, whose EXECUTIVE rows of {@code models/kind-names.tsv} are the bare executives
     */
    static Candidate qualify(String text, Candidate org, List<Candidate> places, KindNames kinds) {
        if (org.type() != EntityType.ORGANIZATION || !kinds.isBareExecutive(org.name())
                || !text.startsWith(org.name(), org.start())) {
            return org;
        }
        Candidate city = null;
        for (Candidate p : places) {
            if (p.type() == EntityType.CITY && p.end() <= org.start()
                    && (city == null || p.end() > city.end())) {
                city = p;
            }
        }
        if (city == null || text.substring(city.end(), org.start()).chars().anyMatch(c -> SENTENCE_ENDS.indexOf(c) >= 0)) {
            return org;
        }
        String written = text.substring(city.start(), city.end());
        String level = org.name().equals(PEOPLES_COMMITTEE) && (written.endsWith(CITY_LEVEL) || text.startsWith(CITY_LEVEL, city.end()))
                ? CITY_LEVEL : ""; // 某市委…人民委员会: the committee of 某市; 市役所 carries its level itself
        return new Candidate(org.start(), org.end(), org.type(), city.name() + level + org.name(), null, org.source());
    }
}

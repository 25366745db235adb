package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * 美国某某大学, 泰国籍某某学院, 新西兰某某市政府: a foreign country written before a university or a city's
 * government or council says where the body is; the body's name starts after it (and after 籍, nationality), and the
 * country is a mention of its own (GOLD.md §2). National bodies and associations keep their country (日本外务省,
 * 韩国贸易协会, 美国某某同乡会), and companies lose it once the entity stage has merged its readings
 * ({@link CountryOpenedBodies} owns both, through {@link #afterCountry}); a body of China keeps it, since the country
 * opens its name (中国驻某地总领馆).
 */
final class CountryBeforeBodies {
    /** Heads of bodies whose names do not carry their country: universities and colleges. */
    static final List<String> LOCAL_HEADS = List.of("大学", "学院");
    /** A city's own government or council, which the city's name opens (某某市政府, 某某村议会, 某某市役所). */
    static final java.util.regex.Pattern CITY_BODY = java.util.regex.Pattern.compile("\\p{IsHan}{2,}[市町村县郡区](?:政府|议会|公所|役所|厅|政厅)");
    /** The country whose bodies' names open with it. */
    static final Set<String> HOME = Set.of("中国");
    /** Nationality, written after a country before a body (泰国籍). */
    private static final char NATIONALITY = '籍';
    /** Fewest characters of the body's own name. */
    private static final int MIN_NAME = 3;

    private CountryBeforeBodies() {
    }

    /** The body without the country before it, or the candidate as it is. */
    static Candidate without(String text, Candidate org, List<Candidate> places) {
        if (org.type() != EntityType.ORGANIZATION || org.name().length() != org.end() - org.start()) {
            return org;
        }
        Candidate country = openingCountry(org, places);
        Candidate body = country == null ? null : afterCountry(text, org, country);
        if (body == null) {
            return org;
        }
        // 某国大学基金管理公司: a head noun right after the country makes the country its name's own first word
        // (a university named for its country), so the body keeps it
        boolean countryNamesTheHead = LOCAL_HEADS.stream().anyMatch(body.name()::startsWith);
        return !countryNamesTheHead && (LOCAL_HEADS.stream().anyMatch(body.name()::endsWith) || CITY_BODY.matcher(body.name()).matches())
                ? body : org;
    }

    /** A foreign country opening the body's name and ending inside it, or null. */
    static Candidate openingCountry(Candidate org, List<Candidate> places) {
        for (Candidate country : places) {
            if (country.type() == EntityType.COUNTRY && country.start() == org.start() && country.end() < org.end()
                    && !HOME.contains(country.name())) {
                return country;
            }
        }
        return null;
    }

    /**
     * The body from after the country (and after 籍) to its end, or null when fewer than {@link #MIN_NAME} characters
     * of its own name are left.
     */
    static Candidate afterCountry(String text, Candidate org, Candidate country) {
        int s = country.end() < text.length() && text.charAt(country.end()) == NATIONALITY ? country.end() + 1 : country.end();
        return org.end() - s >= MIN_NAME ? new Candidate(s, org.end(), org.type(), text.substring(s, org.end()), org.country(), org.source()) : null;
    }
}

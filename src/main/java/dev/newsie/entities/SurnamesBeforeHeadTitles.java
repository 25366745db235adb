package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * A head named again by family name and title: the Taiwan press, and Japanese usage after it, give a mayor's or
 * a town head's full name once (市长桐谷某某) and then call him by family name and title (向桐谷市长转达, 甲乙町长
 * 致词). Read as a chain, that family name and the title's first character look like an unlisted place and its
 * suffix (桐谷 + 市); where a person named in the page has that family name, the mention is the person's, not a
 * place's. A place also named without a title after it keeps those other mentions.
 */
final class SurnamesBeforeHeadTitles {
    /** Suffix characters that also open the title of that unit's head (市长, 町长, 村长, 区长, 县长, 镇长, 乡长, 州长). */
    private static final String HEADED_SUFFIXES = "市町村区县镇乡州";
    /** A family name of one character (林市长) is never read as a place, so only longer ones are checked. */
    private static final int MIN_FAMILY_NAME = 2;

    private SurnamesBeforeHeadTitles() {
    }

    /** Whether a place candidate is the family name of a person named in the page, before that person's title. */
    static boolean refersBack(String text, Candidate place, List<Candidate> people) {
        if (!place.type().isPlace() || place.end() >= text.length() || text.charAt(place.end()) != '长'
                || place.length() < MIN_FAMILY_NAME + 1) {
            return false;
        }
        String surface = text.substring(place.start(), place.end());
        if (HEADED_SUFFIXES.indexOf(surface.charAt(surface.length() - 1)) < 0) {
            return false;
        }
        String family = surface.substring(0, surface.length() - 1);
        return people.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.name().length() > family.length()
                && p.name().startsWith(family));
    }
}

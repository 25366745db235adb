package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * A person's "name" that is exactly the name of a country the page names: 韩国首尔市市长 read as a family name (韩) and
 * a given name (国) before a head's title. In this genre such a span is the country, written before its city, and
 * never a person.
 */
final class CountryNamesAreNoPeople {
    private CountryNamesAreNoPeople() {
    }

    /** Whether {@code c} is a person whose name is that of a country among {@code places}. */
    static boolean isCountry(Candidate c, List<Candidate> places) {
        return c.type() == EntityType.PERSON
                && places.stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.name().equals(c.name()));
    }
}

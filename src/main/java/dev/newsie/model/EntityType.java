package dev.newsie.model;

/** The five entity types of GOLD.md §2. */
public enum EntityType {
    CITY, PROVINCE, COUNTRY, ORGANIZATION, PERSON;

    /** Places whose canonical name drops a trailing administrative suffix (GOLD.md §4 step 3). */
    public boolean isPlace() {
        return this == CITY || this == PROVINCE;
    }

    /** A city, province or country: what a page names as a place, as against a body or a person. */
    public boolean isPlaceOrCountry() {
        return isPlace() || this == COUNTRY;
    }

    /** Parses a type name, naming the bad value in the error. */
    public static EntityType parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown entity type '" + name + "' (expected one of CITY, PROVINCE, COUNTRY, ORGANIZATION, PERSON)");
        }
    }
}

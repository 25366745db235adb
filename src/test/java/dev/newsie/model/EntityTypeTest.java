package dev.newsie.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTypeTest {
    @Test
    void citiesProvincesAndCountriesArePlacesOrCountriesBodiesAndPeopleAreNot() {
        assertTrue(EntityType.CITY.isPlaceOrCountry());
        assertTrue(EntityType.PROVINCE.isPlaceOrCountry());
        assertTrue(EntityType.COUNTRY.isPlaceOrCountry());
        assertFalse(EntityType.ORGANIZATION.isPlaceOrCountry());
        assertFalse(EntityType.PERSON.isPlaceOrCountry());
        assertFalse(EntityType.COUNTRY.isPlace());
    }
}

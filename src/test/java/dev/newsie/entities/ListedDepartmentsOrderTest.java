package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up lists of ministers: the list's opening ministry is often found only by the country-opened steps
 * (NationalMinistries, CountryOpenedBodies), so the bare units listed after it are read after them.
 */
class ListedDepartmentsOrderTest {
    @Test
    void aCountrysMinistryOpensTheListOfItsOtherMinistries() {
        Set<String> found = MadeUpSentences.entityKeys("蒙古国能源和矿产部部长仉巴图、交通运输部部长亢达来出席了签约仪式。");
        assertTrue(found.contains("ORGANIZATION 蒙古国交通运输部"), found.toString());
    }
}

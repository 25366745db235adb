package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a "person" whose name is exactly a country the page names is that country, no person. */
class CountryNamesAreNoPeopleTest {
    @Test
    void aCountryBeforeItsCityAndTheMayorsTitleIsNoPerson() {
        Set<String> k = MadeUpSentences.entityKeys("甲国通讯社驻韩国记者报道,韩国大田市市长5月3日举行仪式,向外国人授予证书。");
        assertTrue(k.contains("COUNTRY 韩国"), k.toString());
        assertFalse(k.contains("PERSON 韩国"), k.toString());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated GB/T 2260 table: every level is known, and two-character county names are kept apart. */
class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(PlaceSuffixRules.load());
    }

    @Test
    void aHyphenatedNameIsWrittenWithEveryJoinerTheRelationPatternsRead() {
        java.util.List<String> forms = Gazetteer.joinerForms("甲乙-丙丁");
        for (String written : java.util.List.of("甲乙-丙丁", "甲乙－丙丁", "甲乙—丙丁", "甲乙–丙丁", "甲乙·丙丁", "甲乙・丙丁")) {
            assertTrue(forms.contains(written), forms.toString());
        }
    }

    @Test
    void countyIsKnownByItsFullNameAsACityOfChina() {
        Place p = gazetteer.lookup("元江哈尼族彝族傣族自治县").get(0);
        assertEquals("元江", p.name());
        assertEquals(EntityType.CITY, p.type());
        assertEquals("中国", p.country());
    }

    @Test
    void twoCharacterCountyNameWithoutSuffixNeedsTheSegmentersPlaceReading() {
        assertTrue(gazetteer.lookup("嘉定").isEmpty());
        assertNotNull(gazetteer.county("嘉定"));
        assertEquals("嘉定", gazetteer.lookup("嘉定区").get(0).name());
    }

    @Test
    void aCountrysOfficialLongFormNamesTheCountryNotTheCountryInsideIt() {
        // 阿曼苏丹国 holds 苏丹 (Sudan) and 科威特国 glues 国 onto the next name: the long form is the country itself
        Place oman = gazetteer.lookup("阿曼苏丹国").get(0);
        assertEquals("阿曼", oman.name());
        assertEquals(EntityType.COUNTRY, oman.type());
        assertEquals("科威特", gazetteer.lookup("科威特国").get(0).name());
        assertEquals("马绍尔群岛", gazetteer.lookup("马绍尔群岛共和国").get(0).name());
    }

    @Test
    void aCountyWhoseBareNameIsAWordOfTheGenreIsKnownOnlyWithItsSuffix() {
        assertNull(gazetteer.county("惠民"));
        assertEquals("惠民", gazetteer.lookup("惠民县").get(0).name());
        assertNotNull(gazetteer.county("嘉定"));
    }

    @Test
    void aMongolianProvinceNamedAfterACityIsKnownWholeAsAProvince() {
        // 达尔汗乌拉省 holds the city 达尔汗: the province's whole name is listed, so the longest match names it
        Place p = gazetteer.lookup("达尔汗乌拉").get(0);
        assertEquals(EntityType.PROVINCE, p.type());
        assertEquals("蒙古国", p.country());
        assertEquals(EntityType.PROVINCE, gazetteer.lookup("后杭爱").get(0).type());
    }

    @Test
    void aTaiwanPressAbbreviationOfACityGovernmentNamesTheGovernment() {
        Place p = gazetteer.lookup("北市府").get(0);
        assertEquals("台北市政府", p.name());
        assertEquals(EntityType.ORGANIZATION, p.type());
    }

    @Test
    void aProvincialCitysClippedGovernmentNamesTheGovernment() {
        Place p = gazetteer.lookup("竹市府").get(0);
        assertEquals("新竹市政府", p.name());
        assertEquals(EntityType.ORGANIZATION, p.type());
        assertEquals("嘉义市政府", gazetteer.lookup("嘉市府").get(0).name());
    }

    @Test
    void japaneseTownIsKnownWithItsSuffixOnly() {
        Place p = gazetteer.lookup("小布施町").get(0);
        assertEquals("小布施町", p.name());
        assertEquals(EntityType.CITY, p.type());
        assertEquals("日本", p.country());
        assertTrue(gazetteer.lookup("小布施").isEmpty());
        assertEquals("五所川原", gazetteer.lookup("五所川原市").get(0).name());
    }

    @Test
    void japaneseCityWithATwoCharacterStemIsListedByItsFullNameOnly() {
        assertTrue(gazetteer.lookup("人吉市").stream().anyMatch(p -> "日本".equals(p.country()) && p.name().equals("人吉")));
        assertTrue(gazetteer.lookup("人吉").isEmpty());
        assertTrue(gazetteer.lookup("白山市").stream().noneMatch(p -> "日本".equals(p.country())), "a Chinese city keeps its name");
    }

    @Test
    void prefectureAndLongCountyNamesAreKnownBare() {
        assertEquals(EntityType.CITY, gazetteer.lookup("黔东南").get(0).type());
        assertEquals(EntityType.CITY, gazetteer.lookup("石景山").get(0).type());
        assertEquals(EntityType.PROVINCE, gazetteer.lookup("宁夏回族自治区").get(0).type());
    }

    @Test
    void countyNameThatIsAnOrdinaryWordHasNoBareEntry() {
        assertTrue(gazetteer.lookup("友好").isEmpty());
        assertNull(gazetteer.lookup("城区").stream().findFirst().orElse(null));
    }

    @Test
    void dependentTerritoryFromCldrIsAProvinceAndStatesAreNotRepeated() {
        assertEquals(EntityType.PROVINCE, gazetteer.lookup("波多黎各").get(0).type());
        assertEquals(EntityType.COUNTRY, gazetteer.lookup("中非").get(0).type());
        assertTrue(gazetteer.lookup("中非共和国").stream().noneMatch(p -> p.type() == EntityType.PROVINCE));
    }

    @Test
    void taiwanTownshipIsACityKeptWithItsSuffixWhereCanonicalKeepsIt() {
        Place township = gazetteer.lookup("礁溪乡").get(0);
        assertEquals("礁溪乡", township.name());
        assertEquals(EntityType.CITY, township.type());
        assertTrue(gazetteer.lookup("礁溪").isEmpty());
        assertEquals("板桥", gazetteer.lookup("板桥区").get(0).name());
        assertNull(gazetteer.county("三峡"), "a two-character township stem needs its suffix");
    }

    @Test
    void hongKongDistrictAndMacauParishAreCities() {
        assertEquals(EntityType.CITY, gazetteer.lookup("油尖旺区").get(0).type());
        assertEquals("油尖旺", gazetteer.lookup("油尖旺").get(0).name());
        assertEquals(EntityType.CITY, gazetteer.lookup("风顺堂区").get(0).type());
    }

    @Test
    void aGeneratedForeignCityIsAWeakCityOfItsCountryUnlessACuratedTableKnowsIt() {
        java.util.List<String[]> rows = dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> new String[] {r.get(0), r.get(1), r.get(2)}).toList();
        assertTrue(rows.size() > 1000);
        int read = 0;
        for (String[] r : rows) {
            java.util.List<Place> entries = gazetteer.lookup(dev.newsie.canon.CanonicalNames.surfaceForm(r[0]));
            assertTrue(!entries.isEmpty(), r[0]);
            if (entries.get(0).weak() && entries.get(0).country() != null && entries.get(0).country().equals(r[2])) {
                assertEquals(EntityType.CITY, entries.get(0).type());
                read++;
            }
        }
        assertTrue(read > 1000, "generated rows read as weak cities: " + read);
        // a curated name keeps its curated entry
        assertTrue(!gazetteer.lookup("伦敦").get(0).weak());
    }
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.placeKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign places written in transliteration characters, here compound names joined by a hyphen (made-up sentences). */
class TransliteratedPlacesTest {
    @Test
    void aHyphenatedNameAfterItsCountryIsOnePlace() {
        Set<String> places = placeKeys("代表团随后访问了法国拉波尔-萨隆市，并与市长会谈。");
        assertTrue(places.contains("CITY 拉波尔-萨隆"), places.toString());
        Set<String> state = placeKeys("代表团随后访问了美国卡罗-威尔斯州。");
        assertTrue(state.contains("PROVINCE 卡罗-威尔斯"), state.toString());
    }

    @Test
    void aHyphenWithNoForeignPlaceBeforeItJoinsNothing() {
        Set<String> places = placeKeys("会议讨论了城乡-区域协调发展市场问题。");
        assertFalse(places.stream().anyMatch(p -> p.contains("-")), places.toString());
    }

    @Test
    void aPlaceWhoseSuffixOpensItsHeadsTitleIsThePlaceBeforeIt() {
        Set<String> places = placeKeys("美国加利福尼亚州圣克拉拉市长安娜贝克今天率团访问台南市。");
        assertTrue(places.contains("CITY 圣克拉拉"), places.toString());
    }

    @Test
    void aRunBeforeATitleWithNoForeignPlaceBeforeItIsNoPlace() {
        Set<String> places = placeKeys("会上，圣克拉拉市长发表讲话。");
        assertFalse(places.contains("CITY 圣克拉拉"), places.toString());
    }

    @Test
    void aGeneratedCityIsReadButNotAsTheHeadOfALongerTransliteratedName() {
        Gazetteer g = Gazetteer.load(PlaceSuffixRules.load());
        String name = dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> dev.newsie.canon.CanonicalNames.surfaceForm(r.get(0)))
                .filter(n -> g.isGenerated(n) && n.length() == 4).findFirst().orElseThrow();
        Set<String> bare = placeKeys("代表团访问了" + name + "，并与市长会谈。");
        assertTrue(bare.stream().anyMatch(p -> p.startsWith("CITY " + name)), name + " " + bare);
        Set<String> longer = placeKeys("代表团访问了" + name + "莫特，并与市长会谈。");
        assertFalse(longer.stream().anyMatch(p -> p.equals("CITY " + name)), name + " " + longer);
    }

    @Test
    void aGeneratedCityBeforeACommonWordOpeningWithATransliterationCharacterIsKept() {
        Gazetteer g = Gazetteer.load(PlaceSuffixRules.load());
        String name = dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> dev.newsie.canon.CanonicalNames.surfaceForm(r.get(0)))
                .filter(n -> g.isGenerated(n) && n.length() == 4).findFirst().orElseThrow();
        for (String after : new String[]{"华侨今天欢迎代表团。", "文化节今天开幕。", "南部的港口很繁忙。"}) {
            Set<String> places = placeKeys("代表团访问了" + name + after);
            assertTrue(places.stream().anyMatch(p -> p.startsWith("CITY " + name)), name + after + " " + places);
        }
    }

    @Test
    void aGeneratedCityBeforeASuffixCanonicalKeepsIsReadWithThatSuffix() {
        Gazetteer g = Gazetteer.load(PlaceSuffixRules.load());
        String name = dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> dev.newsie.canon.CanonicalNames.surfaceForm(r.get(0)))
                .filter(n -> g.isGenerated(n) && n.length() == 4).findFirst().orElseThrow();
        Set<String> town = placeKeys("代表团访问了美国" + name + "镇，并与镇长会谈。");
        assertTrue(town.contains("CITY " + name + "镇"), name + " " + town);
        Set<String> city = placeKeys("代表团访问了美国" + name + "市，并与市长会谈。");
        assertTrue(city.contains("CITY " + name), name + " " + city);
    }

    @Test
    void aGeneratedCityNextToAnInterpunctIsAPartOfAPersonsName() {
        Gazetteer g = Gazetteer.load(PlaceSuffixRules.load());
        String name = dev.newsie.canon.ModelFile.read("gazetteer/geonames-cities.tsv", 3).stream()
                .map(r -> dev.newsie.canon.CanonicalNames.surfaceForm(r.get(0)))
                .filter(n -> g.isGenerated(n) && n.length() == 3).findFirst().orElseThrow();
        Set<String> first = placeKeys("市长" + name + "·史密斯今天会见了代表团。");
        assertFalse(first.stream().anyMatch(p -> p.contains(name)), name + " " + first);
        Set<String> last = placeKeys("市长约翰·" + name + "今天会见了代表团。");
        assertFalse(last.stream().anyMatch(p -> p.contains(name)), name + " " + last);
    }
}

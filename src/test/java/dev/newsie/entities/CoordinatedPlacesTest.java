package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoordinatedPlacesTest {
    private final CoordinatedPlaces coordinated = new CoordinatedPlaces(PlaceSuffixRules.load());

    private static Candidate place(String text, String name, String country) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name, country, Candidate.Source.GAZETTEER);
    }

    @Test
    void anUnlistedItemWithASuffixAmongListedPlacesIsAPlaceOfTheirCountry() {
        String text = "获奖的有甲乙市、丙丁市、戊己庚市等城市。";
        List<Candidate> found = coordinated.recognize(text, List.of(place(text, "甲乙市", "某国"), place(text, "丙丁市", "某国")));
        assertEquals(1, found.size());
        assertEquals("戊己庚市", found.get(0).name());
        assertEquals("某国", found.get(0).country());
        assertEquals(Candidate.Source.WEAK, found.get(0).source());
    }

    @Test
    void aCountryInsideAnItemIsNotPartOfTheName() {
        String text = "来宾来自甲乙市、丙丁市、某国戊己省。";
        List<Candidate> places = List.of(place(text, "甲乙市", null), place(text, "丙丁市", null),
                new Candidate(text.indexOf("某国"), text.indexOf("某国") + 2, EntityType.COUNTRY, "某国", null, Candidate.Source.GAZETTEER));
        List<Candidate> found = coordinated.recognize(text, places);
        assertEquals(List.of("戊己省"), found.stream().map(Candidate::name).toList());
    }

    @Test
    void oneListedPlaceIsNotEnoughAndItemsWithoutSuffixAreNotPlaces() {
        String text = "甲乙市、丙丁戊市、文化交流。";
        assertTrue(coordinated.recognize(text, List.of(place(text, "甲乙市", null))).isEmpty());
        String other = "甲乙市、丙丁市、文化交流。";
        assertTrue(coordinated.recognize(other, List.of(place(other, "甲乙市", null), place(other, "丙丁市", null))).isEmpty());
    }

    @Test
    void countryAndTransliterationRunInAListOfPlacesIsACityOfThatCountry() {
        CoordinatedPlaces withTransliteration = new CoordinatedPlaces(PlaceSuffixRules.load(), java.util.Set.of('卡', '拉', '斯', '特'));
        String text = "访问了甲乙市、丙丁市、某国卡拉斯特、文化中心。";
        List<Candidate> places = List.of(place(text, "甲乙市", "某国"), place(text, "丙丁市", "某国"),
                new Candidate(text.indexOf("某国"), text.indexOf("某国") + 2, EntityType.COUNTRY, "某国", null, Candidate.Source.GAZETTEER));
        List<Candidate> found = withTransliteration.recognize(text, places);
        assertEquals(List.of("卡拉斯特"), found.stream().map(Candidate::name).toList());
        assertEquals("某国", found.get(0).country());
    }

    @Test
    void aLastItemThatRunsOnIntoItsSentenceClosesNoName() {
        String text = "甲乙市、丙丁市、戊己市获颁国际友好城市奖。";
        List<Candidate> places = List.of(place(text, "甲乙市", null), place(text, "丙丁市", null), place(text, "戊己市", null));
        assertTrue(coordinated.recognize(text, places).isEmpty());
    }

    @Test
    void aListClosedByATwinningVerbCountsThePlaceOpeningItsLastItem() {
        String text = "甲乙市已与子丑市、寅卯辰市、巳午市结为友好城市。";
        List<Candidate> places = List.of(place(text, "甲乙市", "中国"), place(text, "子丑市", "某国"), place(text, "巳午市", "某国"));
        List<Candidate> found = coordinated.recognize(text, places);
        assertEquals(List.of("寅卯辰市"), found.stream().map(Candidate::name).toList());
        assertEquals("某国", found.get(0).country());
    }

    @Test
    void anUnlistedLastItemEndsWhereTheTwinningVerbBegins() {
        String text = "甲乙市已与子丑市、寅卯市、辰巳午镇正式缔结友好城市关系。";
        List<Candidate> places = List.of(place(text, "甲乙市", "中国"), place(text, "子丑市", "某国"), place(text, "寅卯市", "某国"));
        List<Candidate> found = coordinated.recognize(text, places);
        assertEquals(List.of("辰巳午镇"), found.stream().map(Candidate::name).toList());
    }

    @Test
    void oneKnownPartnerIsEnoughInAListClosedByItsTwinning() {
        String text = "甲乙市已与子丑市、寅卯辰市、巳午未镇结为友好城市。";
        List<Candidate> places = List.of(place(text, "甲乙市", "中国"), place(text, "丙丁市", "中国"), place(text, "子丑市", "某国"));
        List<Candidate> found = coordinated.recognize(text, places);
        assertEquals(List.of("寅卯辰市", "巳午未镇"), found.stream().map(Candidate::name).toList());
        String told = "甲乙市已与子丑市、寅卯辰市、巳午未镇签署合作协议。";
        assertTrue(coordinated.recognize(told, List.of(place(told, "甲乙市", "中国"), place(told, "丙丁市", "中国"),
                place(told, "子丑市", "某国"))).isEmpty());
    }
}

package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up spans: a backend's person made only of the places read there is no person; a real name stays. */
class PeopleReadOverPlacesTest {
    private static Candidate place(String text, String name, EntityType type) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), type, name, null, Candidate.Source.GAZETTEER);
    }

    private static Candidate person(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.PERSON, name, null, Candidate.Source.WEAK);
    }

    @Test
    void twoPlacesJoinedByAnInterpunctAreNoPerson() {
        String t = "白林市·青河市缔结友好城市十周年图片展开幕。";
        List<Candidate> places = List.of(place(t, "白林市", EntityType.CITY), place(t, "青河市", EntityType.CITY));
        assertTrue(PeopleReadOverPlaces.readOverPlaces(t, person(t, "白林市·青河市"), places));
    }

    @Test
    void placesTheArticleNamesElsewhereJoinedByAnInterpunctAreNoPerson() {
        String t = "白林市与青河市代表出席。“白林·青河结好十周年”视频会举行。";
        List<Candidate> places = List.of(place(t, "白林市", EntityType.CITY), place(t, "青河市", EntityType.CITY));
        assertTrue(PeopleReadOverPlaces.readOverPlaces(t, person(t, "白林·青河"), places));
    }

    @Test
    void aCountrysLastCharacterRunIntoItsCityIsNoPerson() {
        String t = "在甲兰国乌塔卡市长看来,友谊意味着信任。";
        List<Candidate> places = List.of(place(t, "甲兰国", EntityType.COUNTRY), place(t, "乌塔卡", EntityType.CITY));
        assertTrue(PeopleReadOverPlaces.readOverPlaces(t, person(t, "国乌塔卡"), places));
    }

    @Test
    void aNameWithOnlyOnePartAPlaceStays() {
        String t = "青河市市长维洛·乌塔卡致辞。";
        List<Candidate> places = List.of(place(t, "青河市", EntityType.CITY), place(t, "乌塔卡", EntityType.CITY));
        assertFalse(PeopleReadOverPlaces.readOverPlaces(t, person(t, "维洛·乌塔卡"), places));
    }

    @Test
    void aFamilyNameThatIsOnePlaceStays() {
        String t = "白林前市长白林一郎出席。";
        List<Candidate> places = List.of(new Candidate(0, 2, EntityType.CITY, "白林", null, Candidate.Source.GAZETTEER),
                new Candidate(5, 7, EntityType.CITY, "白林", null, Candidate.Source.GAZETTEER));
        assertFalse(PeopleReadOverPlaces.readOverPlaces(t, new Candidate(5, 9, EntityType.PERSON, "白林一郎", null, Candidate.Source.WEAK), places));
    }

    @Test
    void aNameThatIsOnePlaceReadTwiceStays() {
        String t = "白林市长乌塔卡致辞。";
        List<Candidate> places = List.of(place(t, "乌塔卡", EntityType.CITY), place(t, "乌塔卡", EntityType.PROVINCE));
        assertFalse(PeopleReadOverPlaces.readOverPlaces(t, person(t, "乌塔卡"), places));
    }

    @Test
    void placesWithTheirCommonLevelWordsJoinedByAnInterpunctAreNoPerson() {
        String t = "白林州·青河县缔结友好关系。";
        List<Candidate> places = List.of(place(t, "白林", EntityType.PROVINCE), place(t, "青河", EntityType.CITY));
        assertTrue(PeopleReadOverPlaces.readOverPlaces(t, person(t, "白林州·青河县"), places));
    }
}

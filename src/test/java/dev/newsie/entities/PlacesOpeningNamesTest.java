package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: a place opening a venue's, games' or hub's name is no mention of it; in a clause it is. */
class PlacesOpeningNamesTest {
    private static Entity at(String text, EntityType type, String surface) {
        int a = text.indexOf(surface);
        return new Entity(surface, type, surface, null, List.of(new Mention(surface, a, a + surface.length(), a, a + surface.length())));
    }

    @Test
    void aPlaceNamedOnlyAsTheOpeningOfAVenueGamesOrHubIsDropped() {
        String text = "客人参观了河南省博物院,观看了宁波马拉松,随后从昆明长水国际机场离境。";
        List<Entity> in = List.of(at(text, EntityType.PROVINCE, "河南省"), at(text, EntityType.CITY, "宁波"),
                at(text, EntityType.CITY, "昆明"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void aPlaceBeforeAClauseOrAnotherPlaceIsKept() {
        String text = "代表团抵达郑州后参观了博物院,又从洛阳前往开封机场。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "郑州"), at(text, EntityType.CITY, "洛阳"),
                at(text, EntityType.CITY, "开封"));
        List<Entity> out = DocumentTitles.withoutPlacesOnlyInNames(text, in);
        assertEquals(List.of("郑州", "洛阳"), out.stream().map(Entity::name).toList());
    }

    @Test
    void aPlaceAlsoNamedOnItsOwnStaysListed() {
        String text = "客人参观了西安博物院。西安是古都。";
        Entity xian = new Entity("e1", EntityType.CITY, "西安", null, List.of(
                new Mention("西安", 5, 7, 5, 7), new Mention("西安", 11, 13, 11, 13)));
        assertEquals(List.of(xian), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(xian)));
    }

    @Test
    void aPlaceOpeningWhatIsTastedOrBoughtNamesAProduct() {
        String text = "客人品尝了德州扒鸡,还选购了安溪铁观音。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "德州"), at(text, EntityType.CITY, "安溪"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void aPlaceWhoseProductsAreTastedAfterOfIsNamed() {
        String text = "客人品尝了来自德州的美食。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "德州"));
        assertEquals(in, DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void aCountryOpeningAHotelsOrADishsNameIsNoMentionOfIt() {
        String text = "晚宴在泰国大酒店举行,客人品尝了越南春卷。";
        List<Entity> in = List.of(at(text, EntityType.COUNTRY, "泰国"), at(text, EntityType.COUNTRY, "越南"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void aPlaceOpeningAParkThemeParkOrLandmarkOfAnItineraryIsNoMentionOfIt() {
        String text = "代表团游览了烟台南山公园和襄阳古镇,又登上松本岬灯塔。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "烟台"), at(text, EntityType.CITY, "襄阳"),
                at(text, EntityType.CITY, "松本"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }
    @Test
    void aHeadReadAcrossTheEndOfABodysNameIsNoHead() {
        // 议会 + 议长 and 政厅 + 会 hold the characters of 会议 and 厅会 but no venue or event after the place
        String text = "出席的有波兰萨诺克市议会议长和日本川森町议会议员。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "萨诺克"), at(text, EntityType.ORGANIZATION, "萨诺克市议会"),
                at(text, EntityType.CITY, "川森町"), at(text, EntityType.ORGANIZATION, "川森町议会"));
        List<Entity> out = DocumentTitles.withoutPlacesOnlyInNames(text, in);
        assertEquals(List.of("萨诺克", "萨诺克市议会", "川森町", "川森町议会"), out.stream().map(Entity::name).toList());
    }

    @Test
    void aVenueHeadInsideThePlacesOwnRunStillClosesTheName() {
        String text = "会议在萨诺克国际会议中心举行。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "萨诺克"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }
}

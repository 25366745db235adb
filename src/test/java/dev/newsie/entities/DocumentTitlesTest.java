package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: a country inside an agreement's title is no mention; outside it, or a city, it stays; places inside titles and quoted event names. */
class DocumentTitlesTest {
    private static final String TEXT = "两市签署《中华人民共和国甲市与乙国丙市友好协议》。丙市位于乙国。";

    private static Entity entity(String id, EntityType type, String name, int start, int end) {
        return new Entity(id, type, name, null, List.of(new Mention(TEXT.substring(start, end), start, end, start, end)));
    }

    @Test
    void countryNamedOnlyInsideATitleIsDropped() {
        int at = TEXT.indexOf("中华人民共和国");
        List<Entity> out = DocumentTitles.withoutCountriesOnlyInTitles(TEXT, List.of(entity("e1", EntityType.COUNTRY, "中国", at, at + 7)));
        assertEquals(List.of(), out);
    }

    @Test
    void countryNamedOutsideATitleAndCitiesInsideOneAreKept() {
        int country = TEXT.lastIndexOf("乙国"), city = TEXT.indexOf("丙市");
        List<Entity> in = List.of(entity("e1", EntityType.COUNTRY, "乙国", country, country + 2),
                entity("e2", EntityType.CITY, "丙", city, city + 2));
        assertEquals(in, DocumentTitles.withoutCountriesOnlyInTitles(TEXT, in));
    }

    private static Entity at(String text, EntityType type, String surface, int from) {
        int a = text.indexOf(surface, from);
        return new Entity(surface, type, surface, null, List.of(new Mention(surface, a, a + surface.length(), a, a + surface.length())));
    }

    @Test
    void placeNamedOnlyInsideATitleOrAQuotedEventNameIsDropped() {
        String text = "“2030甲城国际友城论坛”开幕，两市签署《乙市与丙县友好协议》。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "甲城", 0), at(text, EntityType.CITY, "乙市", 0),
                at(text, EntityType.PROVINCE, "丙县", 0));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void placeNamedOnlyInsideAQuotedPlatformIsDropped() {
        String text = "该港口被定位为“丁国与东盟国家物流合作平台”，吞吐量逐年上升。";
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(at(text, EntityType.COUNTRY, "丁国", 0))));
    }

    @Test
    void placeInsideAQuotationThatIsNoNameOrNamedAgainIsKept() {
        String text = "他说：“甲城欢迎大家。”论坛在“2030乙城友城大会”后举行，乙城代表出席。";
        Entity quoted = at(text, EntityType.CITY, "甲城", 0);
        int first = text.indexOf("乙城"), again = text.lastIndexOf("乙城");
        Entity named = new Entity("乙城", EntityType.CITY, "乙城", null,
                List.of(new Mention("乙城", first, first + 2, first, first + 2), new Mention("乙城", again, again + 2, again, again + 2)));
        assertEquals(List.of(quoted, named), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(quoted, named)));
    }

    @Test
    void anUnclosedBracketDoesNotRunOverTheParagraph() {
        String text = "《未完的标题\n中国代表团";
        int at = text.indexOf("中国");
        Entity china = new Entity("e1", EntityType.COUNTRY, "中国", null, List.of(new Mention("中国", at, at + 2, at, at + 2)));
        assertEquals(List.of(china), DocumentTitles.withoutCountriesOnlyInTitles(text, List.of(china)));
    }

    @Test
    void placeNamedOnlyInsideAnEventNamedWithItsYearIsDropped() {
        String text = "2030甲国友城大会在乙市举行。";
        Entity inside = at(text, EntityType.COUNTRY, "甲国", 0), outside = at(text, EntityType.CITY, "乙市", 0);
        assertEquals(List.of(outside), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(inside, outside)));
    }

    @Test
    void blocPairedInsideAYearNamedEventIsDroppedButABodyNamedThereIsKept() {
        String text = "2030中国—青盟市长论坛在甲城开幕。第五届青河城市联盟大会同期举行。";
        Entity bloc = at(text, EntityType.ORGANIZATION, "青盟", 0);
        Entity body = at(text, EntityType.ORGANIZATION, "青河城市联盟", 0);
        assertEquals(List.of(body), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(bloc, body)));
    }

    @Test
    void governmentOfficesNamedOnlyAsSidesOfATitleAreDropped() {
        String text = "会上，双方交换了《丁市文旅局与戊国己部青年交流合作纪要》和《庚县人民政府友好意向书》。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "丁市", 0), at(text, EntityType.COUNTRY, "戊国", 0),
                at(text, EntityType.CITY, "庚县", 0), at(text, EntityType.ORGANIZATION, "丁市文旅局", 0),
                at(text, EntityType.ORGANIZATION, "戊国己部", 0), at(text, EntityType.ORGANIZATION, "庚县人民政府", 0));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void anOfficeNoPlaceOfThePageOpensActsForItselfInsideATitle() {
        String text = "仪式上宣读了《癸市人民政府与国际候鸟保护署湿地合作纪要》。";
        Entity office = at(text, EntityType.ORGANIZATION, "国际候鸟保护署", 0);
        List<Entity> in = List.of(at(text, EntityType.CITY, "癸市", 0), at(text, EntityType.ORGANIZATION, "癸市人民政府", 0), office);
        assertEquals(List.of(office), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void universityInsideATitleAndAGovernmentNamedAgainAreKept() {
        String text = "《辛城师范学院与壬市教育局交流协议》签署后，壬市教育局派员回访。";
        Entity college = at(text, EntityType.ORGANIZATION, "辛城师范学院", 0);
        int first = text.indexOf("壬市教育局"), again = text.lastIndexOf("壬市教育局");
        Entity bureau = new Entity("壬市教育局", EntityType.ORGANIZATION, "壬市教育局", null,
                List.of(new Mention("壬市教育局", first, first + 5, first, first + 5), new Mention("壬市教育局", again, again + 5, again, again + 5)));
        List<Entity> in = List.of(college, bureau);
        assertEquals(in, DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }
}

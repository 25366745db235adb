package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: a country inside an agreement's title is no mention; outside it, or a city, it stays. */
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

    @Test
    void anUnclosedBracketDoesNotRunOverTheParagraph() {
        String text = "《未完的标题\n中国代表团";
        int at = text.indexOf("中国");
        Entity china = new Entity("e1", EntityType.COUNTRY, "中国", null, List.of(new Mention("中国", at, at + 2, at, at + 2)));
        assertEquals(List.of(china), DocumentTitles.withoutCountriesOnlyInTitles(text, List.of(china)));
    }
}

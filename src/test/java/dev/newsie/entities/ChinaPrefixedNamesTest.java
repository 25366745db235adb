package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: 中国 opening a host-city name (中国甲市国际…, 中国(甲市)…) or an unquoted event name is no mention of the country. */
class ChinaPrefixedNamesTest {
    private static Entity china(String text, int... starts) {
        List<Mention> ms = new java.util.ArrayList<>();
        for (int s : starts) {
            ms.add(new Mention("中国", s, s + 2, s, s + 2));
        }
        return new Entity("e1", EntityType.COUNTRY, "中国", null, ms);
    }

    @Test
    void chinaOpeningAFairOrABodyNamedForItsHostCityIsDropped() {
        String text = "由中国松原国际农产品洽谈会组委会、中国(松原)国际科技合作促进中心共同承办。";
        Entity e = china(text, text.indexOf("中国"), text.lastIndexOf("中国"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(e)));
    }

    @Test
    void chinaBeforeAGenericWordOrNamedOnItsOwnIsKept() {
        String text = "专家探讨中国城市国际化的路径,中国各地代表参加。";
        Entity e = china(text, text.indexOf("中国"), text.lastIndexOf("中国"));
        assertEquals(List.of(e), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(e)));
    }

    @Test
    void chinaOpeningAnUnquotedEventNameIsDropped() {
        String text = "中国国际青年创业交流大会开幕,中国—南太岛国渔业合作论坛同期举行。";
        Entity e = china(text, text.indexOf("中国"), text.lastIndexOf("中国"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(e)));
    }

    @Test
    void chinaOpeningAClauseBeforeAForumIsKept() {
        String text = "中国—南太岛国之间的合作成果在论坛上展示。";
        Entity e = china(text, text.indexOf("中国"));
        assertEquals(List.of(e), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(e)));
    }
}

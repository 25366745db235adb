package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place's partners grouped by country (甲国的乙市,丙国的丁市、戊市等3个城市,…), in made-up sentences: the groups are set
 * apart by commas, a group may close on its own count, and the country before 的 is where its places lie, no partner.
 */
class PartnersGroupedByCountryTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void groupsLedByTheirCountry() {
        Set<String> r = relations("邢台市与日本的高山市,美国的斯波坎市、西雅图市,德国的杜塞尔多夫市正式建立友城关系。");
        assertTrue(r.containsAll(Set.of("邢台-高山@null", "斯波坎-邢台@null", "西雅图-邢台@null", "杜塞尔多夫-邢台@null")), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("日本") || k.contains("美国") || k.contains("德国")), r.toString());
    }

    @Test
    void aGroupClosedByItsOwnCount() {
        Set<String> r = relations("目前,邢台市已与日本的高山市,美国的斯波坎市、西雅图市等10多个州市(地区),德国的杜塞尔多夫市等正式建立友城关系。");
        assertTrue(r.containsAll(Set.of("邢台-高山@null", "斯波坎-邢台@null", "西雅图-邢台@null", "杜塞尔多夫-邢台@null")), r.toString());
    }

    @Test
    void groupsBeforeAnotherVerbOfTwinning() {
        Set<String> r = relations("邢台市先后与日本的高山市,美国的斯波坎市等5个城市,德国的杜塞尔多夫市结为友好城市。");
        assertTrue(r.containsAll(Set.of("邢台-高山@null", "斯波坎-邢台@null", "杜塞尔多夫-邢台@null")), r.toString());
    }
}

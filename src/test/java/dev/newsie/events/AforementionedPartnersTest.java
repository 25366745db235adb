package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places summed up by 上述/以上 and said to be twinned with one place (round 36 of issue 9), in made-up sentences:
 * each place of the list pointed back to is a partner of that place.
 */
class AforementionedPartnersTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-06-30"));
    }

    @Test
    void theListInTheSentenceBeforeIsTwinnedWithThePlace() {
        Set<String> r = relations("会上,日本冈山市、韩国金泉市和美国图森市的代表先后发言。上述城市均与宜昌市缔结了友好城市关系。");
        assertTrue(r.containsAll(Set.of("冈山-宜昌@null", "宜昌-金泉@null", "图森-宜昌@null")), r.toString());
    }

    @Test
    void theListInTheSameSentenceIsThePlacesStanding() {
        Set<String> r = relations("宜昌市市长会见了日本冈山市市长和韩国金泉市市长,上述两市均为宜昌市的友好城市。");
        assertTrue(r.containsAll(Set.of("冈山-宜昌@null", "宜昌-金泉@null")), r.toString());
    }

    @Test
    void aPointerWithoutATwinningStatesNothing() {
        Set<String> r = relations("会上,日本冈山市、韩国金泉市和美国图森市的代表先后发言。上述城市均希望与宜昌市加强交流。");
        assertFalse(r.stream().anyMatch(k -> k.contains("宜昌")), r.toString());
    }
}

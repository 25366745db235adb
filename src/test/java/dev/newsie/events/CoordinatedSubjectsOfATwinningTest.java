package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places coordinated before 均/都 and a twinning verb share it (round 36 of issue 9), in made-up sentences:
 * 甲和乙均与丙结为友好城市 makes both partners of 丙; and a partner list after 友好城市有/包括 whose items carry a
 * bracketed year goes on past its first item, each partner since its own year.
 */
class CoordinatedSubjectsOfATwinningTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-06-30"));
    }

    @Test
    void twoPlacesJoinedByHeBeforeJunYu() {
        Set<String> r = relations("据介绍,烟台市和襄阳市均与日本松本市结为友好城市。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "松本-襄阳@null")), r.toString());
    }

    @Test
    void aListSetOffByTheEnumerationCommaBeforeDouYuAndJianli() {
        Set<String> r = relations("据介绍,烟台市、襄阳市、洛阳市都已与日本松本市建立了友好城市关系。");
        assertTrue(r.containsAll(Set.of("松本-烟台@null", "松本-襄阳@null", "松本-洛阳@null")), r.toString());
    }

    @Test
    void aPlannedTwinningOfTheListedPlacesIsNoRelation() {
        Set<String> r = relations("烟台和襄阳均希望与日本松本市加强交流。");
        assertFalse(r.stream().anyMatch(k -> k.contains("松本")), r.toString());
    }

    @Test
    void partnersAfterYouWithBracketedYearsEachKeepTheirYear() {
        Set<String> r = relations("烟台市的国际友城包括日本松本市(1998年结好)、韩国大邱市(2005年结好)和美国图森市(2010年结好)。");
        assertTrue(r.containsAll(Set.of("松本-烟台@1998", "大邱-烟台@2005", "图森-烟台@2010")), r.toString());
    }
}

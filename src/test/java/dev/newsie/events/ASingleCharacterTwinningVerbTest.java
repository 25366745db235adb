package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports in Taiwan's usage: 缔 or 签 alone right before 姊妹/姐妹 (缔姐妹市, 有签姊妹市) is the verb of a twinning
 * ({@link UnmarkedTwinningVerb}); in a clause with a year of its own it is an act of that year (GOLD.md §7), undated,
 * planned or counted from it is not.
 */
class ASingleCharacterTwinningVerbTest {
    private static Event between(List<Event> s, String a, String b) {
        return s.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of(a, b))).findFirst().orElse(null);
    }

    @Test
    void 缔AloneBeforeASisterNounInAYearIsAnActOfThatYear() {
        List<Event> s = signings(run("交流活动举行\n\n嘉义市在1987年与美国西雅图缔姐妹市盟约,此后互访不断。", "2026-05-03"));
        Event e = between(s, "嘉义", "西雅图");
        assertNotNull(e, s.toString());
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("1987", e.date());
        assertNull(e.title(), "盟约 after 缔 is the standing concluded (as in 缔盟), no document's name");
    }

    @Test
    void 有签BeforeASisterNounAfter跟InASpeakersWords() {
        List<Event> s = signings(run("交流活动举行\n\n议长在茶会上说,嘉义市早在1983年就跟西雅图有签姊妹市,交情深厚。", "2026-05-03"));
        Event e = between(s, "嘉义", "西雅图");
        assertNotNull(e, s.toString());
        assertEquals("1983", e.date());
    }

    @Test
    void 签BeforeANamedDocumentKeepsItsTitle() {
        List<Event> s = signings(run("交流活动举行\n\n嘉义市在1987年与美国西雅图签姐妹市协定书,此后互访不断。", "2026-05-03"));
        Event e = between(s, "嘉义", "西雅图");
        assertNotNull(e, s.toString());
        assertNotNull(e.title(), "签 signs the document named after it: " + e);
    }

    @Test
    void undatedPlannedOrCountedFromIsNoAct() {
        assertTrue(signings(run("交流活动举行\n\n嘉义市与西雅图缔姐妹市已经多年,交情深厚。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("交流活动举行\n\n嘉义市将于明年与西雅图签姊妹市协议。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("交流活动举行\n\n自1987年与西雅图缔姐妹市以来,嘉义市与该市往来密切。", "2026-05-03")).isEmpty());
    }

    @Test
    void 签And缔OpeningOtherWordsAreNoVerb() {
        assertNull(UnmarkedTwinningVerb.find("甲市签证处与乙市缔造友谊", 0));
        assertNotNull(UnmarkedTwinningVerb.find("甲市在某年与乙市缔姐妹市", 0));
    }
}

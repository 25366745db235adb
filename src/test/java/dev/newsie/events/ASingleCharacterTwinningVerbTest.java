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
        List<Event> s = signings(run("台东学生赴美游学\n\n回顾两地渊源,台东市1992年同波特兰缔姐妹市盟约,其后学童年年往返。", "2026-05-03"));
        Event e = between(s, "台东", "波特兰");
        assertNotNull(e, s.toString());
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("1992", e.date());
        assertNull(e.title(), "盟约 after 缔 is the standing concluded (as in 缔盟), no document's name");
    }

    @Test
    void 有签BeforeASisterNounAfter跟InASpeakersWords() {
        List<Event> s = signings(run("台东学生赴美游学\n\n带队的校长笑着提起,1992年台东市跟波特兰有签姊妹市,这趟算是回娘家。", "2026-05-03"));
        Event e = between(s, "台东", "波特兰");
        assertNotNull(e, s.toString());
        assertEquals("1992", e.date());
    }

    @Test
    void 签BeforeANamedDocumentKeepsItsTitle() {
        List<Event> s = signings(run("台东学生赴美游学\n\n回顾两地渊源,台东市1992年同波特兰签姐妹市协定书,其后学童年年往返。", "2026-05-03"));
        Event e = between(s, "台东", "波特兰");
        assertNotNull(e, s.toString());
        assertNotNull(e.title(), "签 signs the document named after it: " + e);
    }

    @Test
    void undatedPlannedOrCountedFromIsNoAct() {
        assertTrue(signings(run("台东学生赴美游学\n\n台东市同波特兰缔姐妹市已有多年,学童年年往返。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("台东学生赴美游学\n\n台东市打算明年跟波特兰签姊妹市协议。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("台东学生赴美游学\n\n台东市自1992年同波特兰缔姐妹市以来,学童年年往返。", "2026-05-03")).isEmpty());
    }

    @Test
    void 签BeforeASchoolsSisterNounOrInsideARenewalIsNoTwinningVerb() {
        assertNull(UnmarkedTwinningVerb.find("台东市1992年同波特兰签姐妹校协议", 0));
        assertNull(UnmarkedTwinningVerb.find("台东市1992年同波特兰续签姊妹市协议", 0));
        assertNull(UnmarkedTwinningVerb.find("台东市同波特兰草签姊妹市协议", 0));
    }

    @Test
    void 签And缔OpeningOtherWordsAreNoVerb() {
        assertNull(UnmarkedTwinningVerb.find("甲市签证处与乙市缔造友谊", 0));
        assertNotNull(UnmarkedTwinningVerb.find("甲市在某年与乙市缔姐妹市", 0));
    }
}

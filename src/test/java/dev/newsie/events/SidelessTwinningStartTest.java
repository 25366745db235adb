package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences (Simplified, as the events stage reads Traditional pages): a twinning's start told with no sides
 * at the head of a clause (此为自2013年建立姊妹市来…, Taiwan's 来 for 以来) dates the pair the page has just named.
 */
class SidelessTwinningStartTest {
    private static Set<String> relations(String text) {
        return MadeUpReports.relationKeys(MadeUpReports.run(text, "2024-05-03"));
    }

    @Test
    void theStartToldWithNoSidesDatesTheHomeAndTheForeignPlace() {
        Set<String> r = relations("宜兰县长林大同3日访问韩国堤川市,双方签署经济合作备忘录,此为自2013年建立姊妹市来再次签署备忘录。");
        assertTrue(r.contains("堤川-宜兰@2013") || r.contains("宜兰-堤川@2013"), r.toString());
        r = relations("烟台市长林大同3日访问日本松本市,出席经贸洽谈会,自1998年缔盟以来两地往来密切。");
        assertTrue(r.stream().anyMatch(k -> k.contains("松本") && k.contains("烟台") && k.endsWith("@1998")), r.toString());
    }
}

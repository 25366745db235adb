package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sides written by their one-character names (澳 for 澳门 beside 港, 沪, 穗 in models/aliases.tsv), in the sides
 * before 双方 and in the titles of documents listed back to back, and a count of documents that is no name (round 11
 * of issue 9); made-up sentences.
 */
class ShortNamedSidesTest {
    private static final String TEXT = "广州市代表团18日抵达澳门访问。在两地官员见证下,穗澳双方签署了"
            + "《穗澳青年交流合作备忘录》《关于深化穗澳旅游合作的备忘录》。";

    @Test
    void macauWrittenAs澳IsOneOfTheTwoSides() {
        Set<Set<String>> sides = partySets(signings(run(TEXT, "2025-06-19")));
        assertTrue(sides.contains(Set.of("澳门", "广州")), sides.toString());
    }

    @Test
    void aListedTitleNamingItsSidesShortTakesThem() {
        List<Event> s = signings(run("广州大学与澳门大学签署了《两校学术合作协议书》《关于深化穗澳旅游合作的备忘录》。澳门与广州交流密切。",
                "2025-06-19"));
        assertTrue(s.stream().anyMatch(e -> e.title() != null && e.title().contains("旅游") && partiesOf(e).equals(Set.of("澳门", "广州"))),
                s.toString());
    }

    @Test
    void aCountOfDocumentsIsNoTitle() {
        List<Event> s = signings(run("成都市与日本熊本市签署多项合作协议。", "2025-06-19"));
        assertTrue(!s.isEmpty(), s.toString());
        assertNull(s.get(0).title(), s.toString());
    }

    @Test
    void threeShortNamesRunTogetherAreARegionNotTwoSides() {
        List<Event> s = signings(run("广州大学与澳门大学签署了《两校学术合作协议书》《粤港澳大湾区人才合作备忘录》。澳门、香港与广州交流密切。",
                "2025-06-19"));
        assertTrue(s.stream().noneMatch(e -> partiesOf(e).equals(Set.of("香港", "澳门"))), s.toString());
    }
}

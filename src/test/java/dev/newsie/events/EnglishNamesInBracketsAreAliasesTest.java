package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * 甲论坛(Qinghe Forum,QF): a bracket of Latin letters right after a forum's name gives its English name and its
 * abbreviation, aliases of the forum; a bracket crediting a photographer gives none (made-up reports).
 */
class EnglishNamesInBracketsAreAliasesTest {
    @Test
    void theEnglishNameAndTheAbbreviation() {
        Event f = ofType(run("9月20日,第三届青河国际友城论坛(Qinghe International Sister Cities Forum,QISCF)在青河开幕。",
                "2026-09-21"), EventType.FORUM).get(0);
        assertEquals("第三届青河国际友城论坛", f.name());
        assertEquals(List.of("Qinghe International Sister Cities Forum", "QISCF"), f.aliases());
    }

    @Test
    void anAbbreviationAlone() {
        Event f = ofType(run("9月20日,第三届青河国际友城论坛（QISCF）在青河开幕。", "2026-09-21"), EventType.FORUM).get(0);
        assertEquals(List.of("QISCF"), f.aliases());
    }

    @Test
    void anAbbreviationSaidToBeOne() {
        Event f = ofType(run("9月20日,第三届青河国际友城论坛(英文简称“QISCF”)在青河开幕。", "2026-09-21"), EventType.FORUM).get(0);
        assertEquals(List.of("QISCF"), f.aliases());
    }

    @Test
    void aCreditInBracketsIsNoName() {
        Event f = ofType(run("9月20日,青河国际友城论坛(新华社记者 张三 摄)在青河开幕。", "2026-09-21"), EventType.FORUM).get(0);
        assertNull(f.aliases(), f.toString());
    }
}

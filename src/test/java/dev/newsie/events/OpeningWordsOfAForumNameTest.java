package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words that open a forum's name before a character the name reader stops at: the first edition (首届) before a
 * quoted name, a bracketed quoted tag inside the name, a celebration joined by 暨 (made-up sentences and places).
 */
class OpeningWordsOfAForumNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void theFirstEditionBeforeAQuotedNameIsPartOfIt() {
        assertEquals(List.of("首届“青河-白山城市论坛”"), found("王明带队赴白山参加首届“青河-白山城市论坛”。"));
        assertEquals(List.of("第三届“青河-白山城市论坛”"), found("王明带队赴白山参加第三届“青河-白山城市论坛”。"));
    }

    @Test
    void aBracketedQuotedTagInsideANameIsPartOfIt() {
        assertEquals(List.of("第四届中国-南岭国家(“6+1”)海滨城市市长论坛"),
                found("第四届中国-南岭国家(“6+1”)海滨城市市长论坛昨天下午于白山闭幕。"));
    }

    @Test
    void aBracketedQuotedClauseIsNoTag() {
        assertEquals(List.of("港口市长论坛"), found("北海国家(“我们共同的港口与未来家园”)港口市长论坛15日在青河举行。"));
    }

    @Test
    void aCelebrationJoinedBy暨OpensTheName() {
        assertEquals(List.of("庆祝两国建交30周年暨青河白山友好交流大会"),
                found("12月2日,庆祝两国建交30周年暨青河白山友好交流大会在青河举行。"));
    }

    @Test
    void aCelebrationOpensANameWidenedToItsTwoSides() {
        List<Event> fs = ofType(run("上周六晚,纪念活动之一的庆祝中泰建交45周年暨浙江与清迈府结好20周年交流会在杭州开幕。", "2031-12-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("庆祝中泰建交45周年暨浙江与清迈府结好20周年交流会", fs.get(0).name());
    }

    @Test
    void aCelebrationInAnotherClauseOpensNoName() {
        assertEquals(List.of("青河白山友好交流大会"), found("为庆祝两国建交30周年,青河白山友好交流大会在青河举行。"));
    }
}

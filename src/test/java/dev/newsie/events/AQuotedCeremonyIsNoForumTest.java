package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gathering held to confer a title or an award is a ceremony, not a forum (GOLD.md §3), whether or not quotation
 * marks set off part of its name (made-up reports).
 */
class AQuotedCeremonyIsNoForumTest {
    @Test
    void aQuotedConferringOrPrizeGivingBeforeTheHeadIsNoForum() {
        List<Event> fs = ofType(run("青川为两位外籍教师召开“授予青川市荣誉公民称号”大会，市长出席。", "2031-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
        fs = ofType(run("9日，“授予五位外国友人白沙市名誉市民称号”大会在白沙举行。", "2031-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
        fs = ofType(run("“青川友谊奖设立十周年暨颁奖”大会昨天在青川举行。", "2031-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
    }

    @Test
    void aQuotedSubjectOfAForumLeavesItAForum() {
        List<Event> fs = ofType(run("9日，2031“一带一路”城市合作大会在青川举行，来自8个国家的代表参加。", "2031-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
    }
}

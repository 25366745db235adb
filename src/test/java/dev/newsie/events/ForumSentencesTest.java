package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences about forums. */
class ForumSentencesTest {
    private static final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void aForumHeldIsReported() {
        assertTrue(sentences.reportsHeld("8日,2024青河国际友城论坛在青河举行。"));
    }

    @Test
    void aPlannedForumIsNotReportedHeld() {
        assertFalse(sentences.reportsHeld("2024青河国际友城论坛将于下月在青河举行。"));
    }

    @Test
    void anInvitationOrABeliefGovernsAForumToCome() {
        assertFalse(sentences.reportsHeld("青河州州长表示,欢迎更多伙伴参加白水能源论坛等活动。"));
        assertFalse(sentences.reportsHeld("相信随着白水圆桌会议的再次召开,双方合作将更加密切。"));
        // a welcome dinner is no invitation: the forum it stands beside is held
        assertTrue(sentences.reportsHeld("欢迎晚宴后,白水能源论坛在青河举行。"));
        // welcomed: said of a forum, not an invitation to it
        assertTrue(sentences.reportsHeld("备受欢迎的白水能源论坛在青河举行。"));
        assertTrue(sentences.reportsHeld("广受各方欢迎的白水能源论坛8日在青河举行。"));
    }

    @Test
    void aClauseOpeningWithTheVerbOfHoldingSharesThePlanBeforeIt() {
        assertFalse(sentences.reportsHeld("活动期间,我省将派出代表团访问青河州,举办两省州经贸研讨会等活动。"));
        assertTrue(sentences.reportsHeld("代表团访问了青河州,举办了两省州经贸研讨会。"));
    }

    @Test
    void aCountOfEditionsIsTheSeriesPast() {
        assertFalse(sentences.reportsHeld("该论坛已成功举办六届。"));
    }

    @Test
    void thisForumAndItsParticipantsTellAboutTheLastForum() {
        assertTrue(sentences.refersToForum("本届论坛以“合作”为主题。"));
        assertTrue(sentences.refersToForum("来自20个国家的嘉宾出席。"));
        assertFalse(sentences.refersToForum("青河市近年来经济发展迅速。"));
    }

    @Test
    void aHabitOfTheSeriesIsNoForumHeld() {
        assertFalse(sentences.reportsHeld("青河国际友城大会每两年举办一次。"));
        assertTrue(ForumSentences.describesSeries("青河国际友城大会每两年举办一次。"));
        assertTrue(ForumSentences.describesSeries("该大会由青河市政府和白山市政府共同创办。"));
        assertFalse(ForumSentences.describesSeries("8日,2024青河国际友城论坛在青河举行。"));
    }

    @Test
    void aSentenceOpeningAtTheForumTellsAboutIt() {
        assertTrue(sentences.refersToForum("在论坛上,青河市市长张明与白山市市长李华围绕“城市更新”主题开展对话。"));
    }

    @Test
    void aHeadCountTakingPartInSomeMannerTellsAboutTheForum() {
        assertTrue(sentences.refersToForum("各国地方政府代表约300人以线上线下相结合的方式参会。"));
        String text = "6月12日,由中国人民对外友好协会和福建省人民政府共同主办的2023海丝友好城市论坛在福州举行。"
                + "中外地方政府代表约300人以线上线下相结合的方式参会,围绕“互学互鉴 共同发展”主题进行深入交流。";
        List<Event> fs = ofType(run(text, "2023-06-13"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(300, fs.get(0).attendees());
        assertEquals("互学互鉴 共同发展", fs.get(0).theme());
    }
}

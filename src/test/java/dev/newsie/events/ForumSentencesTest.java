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

    @Test
    void guestsCountedByTheirKindAndAttendingTellAboutTheForum() {
        assertTrue(sentences.refersToForum("论坛吸引了中外嘉宾,其中外方代表一百二十位参会。"));
        assertTrue(sentences.refersToForum("共有19个国家45个城市的210名嘉宾出席。"));
        assertTrue(sentences.refersToForum("14个国家和地区的60多位来宾以线上线下结合的方式与会,围绕城市更新展开交流。"));
        // people of another kind, taking part in something else
        assertFalse(sentences.refersToForum("会后,30名志愿者参加了清洁活动。"));
        String text = "2030青河友城合作论坛12日在青河举行。38个国家和地区、95个城市的500多名嘉宾与会。";
        List<Event> fs = ofType(run(text, "2030-05-13"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(38, fs.get(0).countries());
        assertEquals(95, fs.get(0).cities());
        assertEquals(500, fs.get(0).attendees());
    }

    // an edition a meeting agreed on (各方同意,第某届…举办) is the object of that verb, one to come (made-up series and places)

    @Test
    void theClauseAfterAVerbOfAgreeingIsWhatWasAgreed() {
        assertFalse(sentences.reportsHeld("会议期间,与会代表均同意,第五届青河湾圆桌会议2033年在丙市召开。"));
        // a verb of agreeing inside its own clause with its object leaves the next clause a report
        assertTrue(sentences.reportsHeld("双方同意加强合作,第五届青河湾圆桌会议于今天在丙市举办。"));
    }

    @Test
    void everyVerbOfAgreeingInTheLexiconClosingItsClauseMakesTheNextAPlan() {
        List<String> agreed = EventLexicon.load().words(EventLexicon.Role.AGREED);
        assertFalse(agreed.isEmpty());
        for (String verb : agreed) {
            String s = "会上,与会代表一致" + verb + ",第五届青河湾圆桌会议2033年在丙市召开。";
            assertFalse(sentences.reportsHeld(s), s);
        }
    }

    @Test
    void aVerbOfBiddingOrDecidingBeforeANameInItsClauseGovernsIt() {
        String s = "丁市代表团请丙市支持丁市申办2033年大会,第5届峰会在丙市举行。";
        assertTrue(sentences.governedInItsClause(s, s.indexOf("2033")));
        assertFalse(sentences.governedInItsClause(s, s.indexOf("第5届")));
        String comma = "2040青河湾议程城市论坛,今天在丙市开幕。";
        assertFalse(sentences.governedInItsClause(comma, 0));
    }

    @Test
    void theNextEditionAgreedOnIsNoSecondForum() {
        String text = "第四届青河湾圆桌会议在丙市召开\n"
                + "本报丙市9月3日电 第四届青河湾圆桌会议3日在丙市召开,五国地方官员参会。"
                + "会议期间,与会代表均同意,第五届青河湾圆桌会议2033年在丁市召开。";
        List<Event> fs = ofType(run(text, "2031-09-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第四届青河湾圆桌会议", fs.get(0).name());
    }
}

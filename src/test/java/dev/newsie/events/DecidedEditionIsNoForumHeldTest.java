package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edition a meeting decided on, agreed on or that a city bids for (会议决定第某届…举办, 各方同意,第某届…举办,
 * 支持甲市申办某年大会) is the object of that verb, one to come: no forum held, and no other name of the one reported
 * (made-up reports, invented series and places).
 */
class DecidedEditionIsNoForumHeldTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());
    private final ForumNames names = new ForumNames(EventLexicon.load());

    private List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aVerbOfDecidingOrBiddingStandsOutsideTheNameAfterIt() {
        assertEquals(List.of("第9届青河湾首长会议"), found("理事会决定第9届青河湾首长会议将于2032年移至丙市召开。"));
        assertEquals(List.of("2034年大会"), found("丙市正在申办2034年大会。"));
    }

    @Test
    void theClauseAfterAVerbOfAgreeingIsWhatWasAgreed() {
        assertFalse(sentences.reportsHeld("会议期间,与会代表均同意,第五届青河湾圆桌会议2033年在丙市召开。"));
        // a verb of agreeing inside its own clause with its object leaves the next clause a report
        assertTrue(sentences.reportsHeld("双方同意加强合作,第五届青河湾圆桌会议于今天在丙市举办。"));
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

    @Test
    void theNextEditionDecidedOnLeavesTheReportedNameWhole() {
        String text = "第8届青河湾首长会议在丙市举行\n"
                + "本报丙市8月17日电 第8届青河湾首长会议17日在丙市举行。"
                + "理事会决定第9届青河湾首长会议将于2032年移至丁市召开。";
        List<Event> fs = ofType(run(text, "2031-08-17"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第8届青河湾首长会议", fs.get(0).name());
    }

    @Test
    void anEditionOfALaterYearBidForInAClauseHoldingNothingIsNoForum() {
        String text = "第5届青河湾城市峰会在丙市举行\n"
                + "本报丙市7月7日电 第5届青河湾城市峰会正在丙市会展中心举行,丁市代表团6日拜会丙市市长,请丙市支持丁市申办2033年大会。";
        List<Event> fs = ofType(run(text, "2031-07-07"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第5届青河湾城市峰会", fs.get(0).name());
        // a name holding a later year, reported held in its own clause, is a forum held
        String target = "本报丙市7月7日电 2040青河湾议程城市论坛今天在丙市开幕。";
        assertEquals(1, ofType(run(target, "2031-07-07"), EventType.FORUM).size());
    }
}

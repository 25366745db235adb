package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A signing at a meeting with guests took place at the host's place, in made-up reports (round 23 of issue 9). */
class GuestsOfAMeetingTest {
    private static String placeOfTheSigning(String text, String published) {
        return signings(run(text, published)).get(0).location();
    }

    @Test
    void aSigningWithTheGuestsOfTheHostsMeetingIsAtTheHostsPlace() {
        String text = "南京市与里昂市、波恩市签订友好交流城市关系意向书\n5月8日,市长王志远在滨江饭店会见了法国里昂市副市长皮埃尔·杜邦、德国波恩市市长汉斯·米勒一行,并与里昂市、波恩市分别签订友好交流城市关系意向书。"
                + "南京市副市长陈文陪同会见。";
        List<Event> ss = signings(run(text, "2024-05-09"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            assertEquals("南京", e.location(), e.toString());
        }
    }

    @Test
    void aSigningAfterAMeetingToldSeveralSentencesBeforeIsAtTheHostsPlace() {
        String text = "标题\n12日下午,成都市市长李强会见了意大利帕多瓦市市长马可·罗西率领的代表团一行。李强说,两市交往密切。他希望双方深化合作。"
                + "他还介绍了成都的发展情况。马可·罗西说,帕多瓦珍视与成都的友谊。会见后,双方共同签署了两市合作备忘录。";
        assertEquals("成都", placeOfTheSigning(text, null)); // no year known, so no visit of this year places it
    }

    @Test
    void aSigningAfterAMeetingWhoseAttendersAndTalkAreToldBetweenIsAtTheHostsPlace() {
        String text = "标题\n9日上午,宁波市市长陈立在宁波会见了来访的格但斯克市市长托马什·诺瓦克。市外办主任周明陪同会见。"
                + "会谈时,陈立介绍了港口的情况。诺瓦克希望扩大两港往来。会见结束后,两市签署了港口合作意向书。";
        assertEquals("宁波", placeOfTheSigning(text, null));
    }

    @Test
    void aSigningAtTalksWithAGuestWhoCameForAFairIsAtTheHostsPlace() {
        String text = "标题\n15日,沈阳市市长刘成与前来参加博览会的泰国清迈市市长颂猜举行会谈,双方代表两市政府签订了友好交流备忘录。";
        assertEquals("沈阳", placeOfTheSigning(text, "2019-03-20"));
    }

    @Test
    void aSentenceOpenedByTheEndOfAnyMeetingMarkedToGoOnFromItIsAtTheHostsPlace() {
        List<String> over = RoleWords.MEETING_VERBS.wordsGoingOnAfter("RECEIVE", "TALK");
        assertEquals(List.of("会见", "会晤", "会谈"), over);
        for (String verb : over) {
            String text = "标题\n12日下午,成都市市长李强会见了意大利帕多瓦市市长马可·罗西率领的代表团一行。李强说,两市交往密切。"
                    + verb + "结束后,双方共同签署了两市合作备忘录。";
            assertEquals("成都", placeOfTheSigning(text, null), verb);
        }
    }
}

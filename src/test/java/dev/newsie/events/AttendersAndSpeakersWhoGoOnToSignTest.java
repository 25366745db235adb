package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: people who attend the ceremony or speak and go on with 并 to a signing verb (出席仪式并签约,
 * 讲话并签约, 分别讲话,并代表双方签署) are its subject, and so its signers; attending and speaking alone signs nothing.
 */
class AttendersAndSpeakersWhoGoOnToSignTest {
    @Test
    void thoseAttendingTheCeremonyWhoGoOnToSignTheDocumentJustTold() {
        List<Event> s = ofType(run("签约\n本报讯 4月8日，《扬州市与南特市友好合作意向书》签约仪式在扬州举行。"
                + "扬州市市长周立新，南特市副市长马丁·克劳斯出席仪式并签约。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新", "马丁·克劳斯"), s.get(0).signatories(), s.toString());
    }

    @Test
    void theOneWhoSpeaksAndGoesOnToSign() {
        List<Event> s = ofType(run("签约\n本报讯 4月8日，扬州市与南特市签署友好交流协议书。"
                + "副市长周立新讲话并签约，市领导李红、王强参加。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新"), s.get(0).signatories(), s.toString());
    }

    @Test
    void speakersOfAClauseOfTheirOwnWhoGoOnForBothSides() {
        List<Event> s = ofType(run("签约\n本报讯 4月8日，扬州市与南特市友好交流视频会议举行。"
                + "扬州市副市长周立新，南特市市长马丁·克劳斯分别讲话，并代表双方签署《扬州市与南特市友好交流意向书》。",
                "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新", "马丁·克劳斯"), s.get(0).signatories(), s.toString());
    }

    @Test
    void attendingAndSpeakingAloneSignsNothing() {
        List<Event> s = ofType(run("签约\n本报讯 4月8日，《扬州市与南特市友好合作意向书》签约仪式在扬州举行。"
                + "扬州市市长周立新、南特市副市长马丁·克劳斯出席仪式并致辞，外办主任李红主持。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertNull(s.get(0).signatories(), s.toString());
    }
}

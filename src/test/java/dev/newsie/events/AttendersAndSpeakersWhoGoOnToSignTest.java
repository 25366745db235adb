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
        List<Event> s = ofType(run("签约\n本报讯 青州与南特两市缔结友好交流关系的签约仪式8日在青州举行。"
                + "青州市市长周立新、南特市副市长马丁·克劳斯出席仪式并签约。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新", "马丁·克劳斯"), s.get(0).signatories(), s.toString());
    }

    @Test
    void theOneWhoSpeaksAndGoesOnToSign() {
        List<Event> s = ofType(run("签约\n本报讯 8日,青州市与南特市签署教育合作备忘录。"
                + "仪式上,市委常委周立新致辞并签约,李红、王强等出席。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新"), s.get(0).signatories(), s.toString());
    }

    @Test
    void speakersOfAClauseOfTheirOwnWhoGoOnForBothSides() {
        List<Event> s = ofType(run("签约\n本报讯 8日,青州、南特两市通过视频连线举行交流活动。"
                + "青州市副市长周立新,南特市市长马丁·克劳斯先后致辞,并代表双方签署了文化交流协议。",
                "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("周立新", "马丁·克劳斯"), s.get(0).signatories(), s.toString());
    }

    @Test
    void attendingAndSpeakingAloneSignsNothing() {
        List<Event> s = ofType(run("签约\n本报讯 青州与南特两市缔结友好交流关系的签约仪式8日在青州举行。"
                + "青州市市长周立新、南特市副市长马丁·克劳斯共同出席仪式并致辞,外办主任李红主持。", "2031-04-09"), EventType.SIGNING);
        assertEquals(1, s.size(), s.toString());
        assertNull(s.get(0).signatories(), s.toString());
    }
}

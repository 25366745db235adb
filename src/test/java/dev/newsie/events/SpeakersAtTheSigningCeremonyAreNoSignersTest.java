package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 在签约仪式上讲话: a signing verb inside the name of the ceremony is no act; those who speak at it do not sign (made-up reports). */
class SpeakersAtTheSigningCeremonyAreNoSignersTest {
    @Test
    void speakersAtTheCeremonyAreNotTakenForItsSigners() {
        String text = "烟台市与松本市今天签署友好合作协议。烟台市委书记王明、松本市议长山田太郎,分别在签字仪式上作了讲话。"
                + "烟台市副市长李强与松本市副市长田中一郎代表双方在协议上签字。";
        Event e = signings(run(text, "2024-06-05")).get(0);
        assertTrue(e.signatories() == null || !e.signatories().contains("王明"), e.toString());
    }

    @Test
    void aSpeakerAtTheCeremonyIsNoSigner() {
        String text = "烟台市与松本市今天签署友好合作协议。烟台市委书记王明在签约仪式上致辞。";
        Event e = signings(run(text, "2024-06-05")).get(0);
        assertEquals(null, e.signatories());
    }

    @Test
    void aSpeakerRetellingTheSigningIsNoSignerAndTellsNoSecondSigning() {
        String text = "扬州市和意大利都灵市结好签约仪式16日举行。扬州市市长王明和都灵市市长马可共同签署两市友好城市协议书。"
                + "中国驻意大利大使李强表示,扬州市同都灵市正式签署友好城市协议开启了两市合作新篇章。";
        java.util.List<Event> ss = signings(run(text, "2022-05-17"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).signatories() == null || !ss.get(0).signatories().contains("李强"), ss.toString());
    }
}

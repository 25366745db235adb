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
        String text = "湖州市与法国图尔市友好城市签约仪式5日举行。湖州市市长张立平与图尔市市长皮埃尔共同签署两市结好协议书。"
                + "中国驻法国大使刘建新致辞时表示,湖州市同图尔市正式签署友好城市协议为两市交流打开了新局面。";
        java.util.List<Event> ss = signings(run(text, "2022-05-17"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).signatories() == null || !ss.get(0).signatories().contains("刘建新"), ss.toString());
    }
}

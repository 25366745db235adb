package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document signed and named again sentences later, now with the two officials who signed it (round 11 of issue 9):
 * one signing with its signatories, whatever lies between; a signer's office of one side is no side of its own.
 * Made-up sentences.
 */
class SameDocumentRetoldTest {
    private static final String TEXT = "两市经贸往来再添新动力\n当天,济宁市与日本横滨市共同签署了推动两市经贸往来的框架协议。两市结好已有多年。"
                + "横滨市副市长山田太郎率代表团9日抵达。访问期间,双方参观了多家企业。"
                + "10日下午的仪式上,济宁市外事办公室副主任李强与山田太郎共同签署了推动两市经贸往来的框架协议。";

    @Test
    void theSameDocumentNamedAgainLaterGivesItsSigners() {
        List<Event> s = signings(run(TEXT, "2025-06-10"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("李强", "山田太郎"), s.get(0).signatories(), s.toString());
    }
}

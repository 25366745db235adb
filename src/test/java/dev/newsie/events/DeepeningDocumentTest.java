package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document named for deepening a friendship already made (深化…关系备忘录, 巩固…协议) founds no twinning: its kind is
 * its document word's, not SISTER_CITY (agreement-kinds.tsv; made-up reports).
 */
class DeepeningDocumentTest {
    @Test
    void aMemorandumDeepeningTheFriendshipIsAMemorandum() {
        String text = "柳州与里昂签署备忘录\n2025年6月9日,柳州市与法国里昂市在柳州签署了深化友城交往备忘录。";
        Event e = theOneSigning(text, "2025-06-10");
        assertEquals("MEMORANDUM", e.agreement(), e.toString());
    }

    @Test
    void anAgreementStrengtheningTheFriendshipIsCooperation() {
        String text = "洛阳与喀山签署协议\n2025年3月2日,洛阳市与俄罗斯喀山市在洛阳签署了巩固友城往来协议。";
        Event e = theOneSigning(text, "2025-03-03");
        assertEquals("COOPERATION", e.agreement(), e.toString());
    }
}

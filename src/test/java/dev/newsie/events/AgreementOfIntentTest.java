package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up report: an agreement of intent (合作意向协议) is a letter of intent by another name (GOLD.md §3). */
class AgreementOfIntentTest {
    @Test
    void anAgreementOfIntentIsALetterOfIntent() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                临沂市与波兰弗罗茨瓦夫市签署合作意向协议

                2022年9月3日,临沂市与波兰弗罗茨瓦夫市签署经贸合作意向协议,双方将在物流、商贸等领域开展交流。
                """, "2022-09-04"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("LETTER_OF_INTENT", s.get(0).agreement(), s.toString());
    }

    @Test
    void aCooperationIntentSignedWithoutItsDocumentWordIsALetterOfIntent() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                两地签约

                6月3日,莲都区农业农村局与龙泉市商务局签署了战略合作意向,双方将在农产品销售等领域开展合作。
                """, "2022-06-04"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("LETTER_OF_INTENT", s.get(0).agreement(), s.toString());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: one agreement signed by three places, its title listing them (甲、乙与丙…三方…协议) and the
 * headline naming them pair by pair (甲与乙、丙签署协议). It is one signing of three parties, each signer acting
 * for a side of his own, told two sentences after it.
 */
class ThreeSidesOfOneDocumentTest {
    private static final String REPORT = """
            和平区与黑龙江省黑河市、俄罗斯联邦阿穆尔州布拉戈维申斯克市签署协议

            本报讯(记者王晓燕)5月12日,《中华人民共和国天津市和平区、黑龙江省黑河市与俄罗斯联邦阿穆尔州布拉戈维申斯克市三方友好合作协议》签约仪式在和平区举行。今后三方将在经贸、文化、医疗等方面加强往来。和平区区长李建平,黑河市市长赵文华,布拉戈维申斯克市市长伊万诺夫分别代表三方在协议书上签名。
            """;

    private static final EventExtractor.Result RESULT = MadeUpReports.run(REPORT, "2021-05-13");

    @Test
    void theThreeSidesListedAndCountedSignOneDocument() {
        List<Event> s = MadeUpReports.signings(RESULT);
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("和平", "黑河", "布拉戈维申斯克"), Set.copyOf(s.get(0).parties()), s.toString());
        assertEquals("和平", s.get(0).location(), s.toString());
    }

    @Test
    void eachSignerActsForASideOfHisOwn() {
        List<Event> s = MadeUpReports.signings(RESULT);
        assertEquals(List.of("李建平", "赵文华", "伊万诺夫"), s.get(0).signatories(), s.toString());
    }
}

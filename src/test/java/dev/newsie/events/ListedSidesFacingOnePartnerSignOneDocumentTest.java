package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 甲、乙两市与丙市签署…协议: a list of sides, counted or not (甲、乙、丙等沿海三市: summed up by 等 and its count), then
 * 与/和 and the side they face — all of them signed one document. A list of pairs (甲与乙、丙与丁签署) stays pairs (made-up reports).
 */
class ListedSidesFacingOnePartnerSignOneDocumentTest {
    private static Set<String> partiesOfTheOneSigning(String sentence) {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(sentence, "2024-06-12"));
        assertEquals(1, s.size(), s.toString());
        return Set.copyOf(s.get(0).parties());
    }

    @Test
    void aCountedListAndThePartnerItFacesAreAllParties() {
        assertEquals(Set.of("镇江", "扬州", "泰州", "不来梅"),
                partiesOfTheOneSigning("6月11日,镇江、扬州、泰州三市与德国不来梅市在镇江签订了港口物流合作协议。"));
        assertEquals(Set.of("福建", "江西", "大阪"),
                partiesOfTheOneSigning("6月11日,福建、江西两省与日本大阪府共同签署了旅游推广备忘录。"));
    }

    @Test
    void aListSummedUpByItsCountAfterEtIsAllPartiesWithThePartner() {
        assertEquals(Set.of("釜山", "蔚山", "大邱", "福建"),
                partiesOfTheOneSigning("6月11日,韩国釜山、蔚山、大邱等东南三市与中国福建省在线签署了港口物流合作协议。"));
    }

    @Test
    void anUncountedListBeforeItsPartnerIsAllParties() {
        assertEquals(Set.of("桂林", "柳州", "清迈"),
                partiesOfTheOneSigning("6月11日,桂林市、柳州市和泰国清迈府签署了文化交流意向书。"));
    }

    @Test
    void aListOfPairsStaysPairs() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "6月11日,芜湖市与美国肯特市、蚌埠市与日本米泽市签署了友好交流意向书。", "2024-06-12"));
        assertEquals(2, s.size(), s.toString());
        assertEquals(Set.of(Set.of("芜湖", "肯特"), Set.of("蚌埠", "米泽")),
                Set.of(Set.copyOf(s.get(0).parties()), Set.copyOf(s.get(1).parties())), s.toString());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: two signers each named with a post at a body (and a courtesy word after the name) sign for those
 * bodies; a government office facing a body that is no government signs for itself, not for its city.
 */
class SignersPostsAtBodiesTest {
    private static List<Event> signings(String sentence) {
        return MadeUpReports.signings(MadeUpReports.run("校地合作\n\n" + sentence + "\n", "2023-06-04"));
    }

    @Test
    void aCourtesyWordAfterTheSignerKeepsThePair() {
        List<Event> ss = signings("6月3日,丽水学院生态研究中心主任王建明教授与丽水市农业农村局局长陈志华分别代表双方签署战略合作协议。");
        assertTrue(ss.stream().anyMatch(e -> e.signatories() != null && Set.copyOf(e.signatories()).equals(Set.of("王建明", "陈志华"))), ss.toString());
    }

    @Test
    void anOfficeFacingABodySignsForItself() {
        List<Event> ss = signings("6月3日,丽水学院生态研究中心主任王建明教授与丽水市农业农村局局长陈志华分别代表双方签署战略合作协议。");
        assertTrue(MadeUpReports.partySets(ss).contains(Set.of("丽水学院生态研究中心", "丽水市农业农村局")), ss.toString());
    }
}

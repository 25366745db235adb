package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a government bureau that is itself the subject of a signing is a body that signs for itself
 * (GOLD.md §2: offices and agencies are organisations); one named only as a signer's post signs for its place.
 */
class BureausSigningForThemselvesTest {
    @Test
    void twoBureausAsSubjectsAreTheParties() {
        String r = "两地签约\n\n6月3日,莲都区农业农村局与龙泉市商务局签署农产品产销合作框架协议。\n";
        Set<Set<String>> parties = MadeUpReports.partySets(MadeUpReports.signings(MadeUpReports.run(r, "2022-06-04")));
        assertTrue(parties.contains(Set.of("莲都区农业农村局", "龙泉市商务局")), parties.toString());
    }

    @Test
    void bureausNamedAsSignersPostsStandForTheirPlaces() {
        String r = "两地签约\n\n6月3日,莲都区水务局长王建明与龙泉市工务局长陈志华签署水资源保护合作协议。\n";
        Set<Set<String>> parties = MadeUpReports.partySets(MadeUpReports.signings(MadeUpReports.run(r, "2022-06-04")));
        assertTrue(parties.contains(Set.of("莲都", "龙泉")), parties.toString());
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a city council that signs beside a government stands for its city, as the government does for
 * its place; two councils that sign with each other are the councils.
 */
class CouncilsBesideGovernmentsTest {
    @Test
    void aCouncilSigningWithAGovernmentStandsForItsCity() {
        String r = "两地签约\n\n12日,香港特别行政区政府与马来西亚巴生市议会签署了文化合作备忘录。巴生与香港交往密切。\n";
        Set<Set<String>> parties = MadeUpReports.partySets(MadeUpReports.signings(MadeUpReports.run(r, "2019-05-13")));
        assertTrue(parties.contains(Set.of("香港", "巴生")), parties.toString());
    }

    @Test
    void twoCouncilsSigningAreTheCouncils() {
        String r = "两地签约\n\n12日,台南市议会与日本千叶县议会签署了友好交流协议。\n";
        Set<Set<String>> parties = MadeUpReports.partySets(MadeUpReports.signings(MadeUpReports.run(r, "2019-05-13")));
        assertTrue(parties.contains(Set.of("台南市议会", "千叶县议会")), parties.toString());
    }
}

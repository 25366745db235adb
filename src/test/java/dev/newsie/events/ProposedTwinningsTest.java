package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning someone proposes (建议, 提议, 倡议 甲与乙缔结姊妹市) or hopes for (希望, 期待) has not happened: no signing and no relation; one done
 * at someone's proposal (在…的建议下) has (made-up reports).
 */
class ProposedTwinningsTest {
    @Test
    void aProposedTwinningIsNoSigningAndNoRelation() {
        EventExtractor.Result r = run("市议员王大明书面建议烟台市与仙台市缔结姊妹市,加强双方交流。", "2022-05-10");
        assertTrue(signings(r).isEmpty(), r.events().toString());
        assertTrue(r.relations().isEmpty(), r.relations().toString());
    }

    @Test
    void aMotionInAHeadlineIsNoSigningEither() {
        EventExtractor.Result r = run("议员提议烟台与仙台缔结姊妹市\n\n议员表示,此举有助城市行销。", "2022-05-10");
        assertTrue(signings(r).isEmpty(), r.events().toString());
        assertTrue(r.relations().isEmpty(), r.relations().toString());
    }

    @Test
    void aTwinningDoneAtSomeonesProposalIsStillASigning() {
        assertEquals(1, signings(run("在市议会的建议下,烟台市长与仙台市长今天签署姊妹市协定。", "2022-05-10")).size());
    }

    @Test
    void aTwinningBothSidesHopeForIsNoRelation() {
        EventExtractor.Result r = run("会谈中,双方都期待丹东市与新潟市早日结为友好城市。", "2022-05-10");
        assertTrue(r.relations().isEmpty(), r.relations().toString());
    }
}

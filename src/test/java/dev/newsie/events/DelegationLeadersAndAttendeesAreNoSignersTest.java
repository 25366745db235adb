package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who led a delegation or attended the ceremony did not, for that alone, sign (made-up reports). */
class DelegationLeadersAndAttendeesAreNoSignersTest {
    private static void noSigner(String text, String person) {
        List<Event> found = signings(run(text, "2024-06-05"));
        assertFalse(found.isEmpty(), text);
        for (Event e : found) {
            assertTrue(e.signatories() == null || !e.signatories().contains(person), e.toString());
        }
    }

    @Test
    void theLeaderOfAVisitingDelegationIsNoSigner() {
        noSigner("6月3日,烟台市长王明应邀率政府代表团访问松本市,两市签订了文化交流意向书。", "王明");
        noSigner("10月中旬,松本市由市长山田太郎先生率12人代表团来烟台访问,双方签订了友好交流备忘录。", "山田太郎");
        noSigner("此次由日本松本市市长山田太郎、松本市议会议长田中一郎带领的松本市代表团,首先到访了山东省烟台市,并与烟台市签署了友好合作协议。",
                "田中一郎");
    }

    @Test
    void theLeaderWhoGoesOnToSignWithTheOtherHeadStillSigns() {
        Event e = signings(run("6月3日,烟台市长王明率团访问松本市,并与松本市长山田太郎分别代表两市签署友好合作协议。", "2024-06-05")).get(0);
        assertEquals(List.of("王明", "山田太郎"), e.signatories());
    }

    @Test
    void theLeaderWhoseNextClauseSignsWithTheHostSigns() {
        Event e = signings(run("松本市长山田太郎今率团再度访问烟台;除与烟台市长王明签署合作备忘录,还参观了港口。", "2024-06-05")).get(0);
        assertEquals(List.of("山田太郎", "王明"), e.signatories());
    }

    @Test
    void thoseWhoseClauseGoesOnToAttendTheCeremonyAreGuests() {
        noSigner("烟台市长王明与市人大常委会主任李强,一同出席烟台市与松本市缔结友好城市共同声明签署典礼。", "李强");
    }
}

package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a twinning verb used as a noun (对两市缔盟一事, 加速两市缔盟期程, 为两市结盟留下佳话) names the
 * twinning as a topic and tells no signing; the same verb told as an act does.
 */
class TwinningAsANounTest {
    private static final String MEETING = "烟台市长与来访的日本松本市长昨日会面,";

    @Test
    void theMatterOfTheTwinningIsNoSigning() {
        assertTrue(signings(run(MEETING + "双方对两市缔盟一事交换了意见。", "2025-06-15")).isEmpty());
    }

    @Test
    void theScheduleOfTheTwinningIsNoSigning() {
        assertTrue(signings(run(MEETING + "并带回市长签名信函,加速两市缔盟期程。", "2025-06-15")).isEmpty());
    }

    @Test
    void aTaleLeftForTheTwinningIsNoSigning() {
        assertTrue(signings(run(MEETING + "他尽全力促成,为两市结盟留下一段佳话。", "2025-06-15")).isEmpty());
    }

    @Test
    void theTwinningToldAsAnActIsASigning() {
        assertEquals(1, signings(run("烟台市与日本松本市今天在烟台正式缔盟。", "2025-06-15")).size());
    }

    @Test
    void thePreparationOrWishOfATwinningIsNoSigning() {
        String visit = "7月30日,由泰国清迈府府尹率领的清迈府代表团一行到访南宁。";
        assertTrue(signings(run(visit + "双方在座谈时一致表示,切实做好缔结友好城市关系的相关准备。", "2025-07-31")).isEmpty());
        assertTrue(signings(run(visit + "双方都提起结为友好城市的意愿。", "2025-07-31")).isEmpty());
    }

    @Test
    void aLetterOfIntentNamedAfterTheTwinningIsStillSigned() {
        assertEquals(1, signings(run("南宁市与泰国清迈市今天在南宁签署缔结友好城市关系的意向书。", "2025-07-31")).size());
    }
}

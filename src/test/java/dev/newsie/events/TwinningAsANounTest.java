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
        String visit = "9月4日,南特市市长某某带领的代表团一行来到青河县考察。";
        assertTrue(signings(run(visit + "会谈中两市同意抓紧做好缔结友好城市关系的各项准备。", "2031-09-05")).isEmpty());
        assertTrue(signings(run(visit + "双方均表达了结为友好城市的愿望。", "2031-09-05")).isEmpty());
    }

    @Test
    void aLetterOfIntentNamedAfterTheTwinningIsStillSigned() {
        assertEquals(1, signings(run("白山市与法国南特市今天在白山签署缔结友好城市关系的意向书。", "2031-09-05")).size());
    }

    @Test
    void anIntentAgreementOfTheTwinningIsSigned() {
        assertEquals(1, signings(run("白山市与法国南特市今天在白山缔结友好城市关系的意向协议。", "2031-09-05")).size());
    }

    @Test
    void aSigningVerbBeforeAnIntentIsASigning() {
        assertEquals(1, signings(run("白山市与法国南特市今天在白山签署了建立友好城市关系的意向协议。", "2031-09-05")).size());
    }
}

package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the people a relative clause on the received honour is about are its recipients. */
class RelativeClauseHonoureesTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-05-17"), EventType.AWARD).get(0);
    }

    @Test
    void theHeadAfterAPassiveRelativeClauseIsHonoured() {
        Event e = award("友谊勋章\n主席在讲话中说,今天被授予“友谊勋章”的彼得·霍夫曼先生是其中的杰出代表。");
        assertEquals(List.of("彼得·霍夫曼"), e.recipients());
    }

    @Test
    void aDescriptionMayStandBetweenTheClauseAndTheName() {
        Event e = award("荣誉市民\n松本市长昨天致辞。荣获“松本市荣誉市民”证书的德国工程师 彼得·霍夫曼表示,他感到非常荣幸。");
        assertEquals(List.of("彼得·霍夫曼"), e.recipients());
    }

    @Test
    void coordinatedHeadsAreAllHonoured() {
        Event e = award("荣誉市民\n仪式上,市长为荣获“烟台市荣誉市民”称号的彼得·霍夫曼和安娜·施密特颁发证书。");
        assertEquals(List.of("彼得·霍夫曼", "安娜·施密特"), e.recipients());
    }

    @Test
    void aClauseWithoutANamedHeadHonoursNoOne() {
        Event e = award("友谊奖\n昨日,获得“襄阳友谊奖”的外国专家分别来自德国和日本。");
        assertEquals(null, e.recipients());
    }
}

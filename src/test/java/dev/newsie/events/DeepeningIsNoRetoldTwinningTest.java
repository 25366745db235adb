package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document deepening a friendship (深化…备忘录) presupposes the twinning, so the twinning told beside it (两市于2008年
 * 缔结友好城市关系) is an earlier act, not the same signing told again — even on a page that gives the day of the
 * document without its year (made-up report).
 */
class DeepeningIsNoRetoldTwinningTest {
    @Test
    void theDeepeningMemorandumKeepsItsKindBesideAnEarlierTwinning() {
        String text = "柳州与里昂签署备忘录\n6月9日,柳州市与法国里昂市在柳州签署了深化友城交往备忘录。柳州市与里昂市于2008年缔结友好城市关系。";
        List<Event> ss = signings(run(text, null));
        Event memo = ss.stream().filter(e -> "深化友城交往备忘录".equals(e.title())).findFirst().orElseThrow();
        assertEquals("MEMORANDUM", memo.agreement(), ss.toString());
        assertTrue(memo.date() == null || !memo.date().startsWith("2008"), ss.toString());
    }
}

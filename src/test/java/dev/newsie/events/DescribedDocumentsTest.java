package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document told by a clause joined with 的 has no title; a formal name (关于…的, or set in marks) keeps one. Made-up reports. */
class DescribedDocumentsTest {
    @Test
    void aDocumentDescribedByAClauseWithDeHasNoTitleButKeepsItsKind() {
        Event e = signings(run("7月8日,南平市与法国图卢兹市在南平签订了深化两地港口往来的合作协议。", "2031-07-09")).get(0);
        assertEquals(null, e.title());
        assertEquals("COOPERATION", e.agreement());
    }

    @Test
    void aTwinningDescribedAfterASecondVerbHasNoTitle() {
        Event e = signings(run("南平市与法国图卢兹市8日签署南平同图卢兹结成友好城市的协议。", "2031-07-09")).get(0);
        assertEquals(null, e.title());
        assertEquals("SISTER_CITY", e.agreement());
    }

    @Test
    void aNameOpeningWithGuanYuOrSetInMarksIsATitle() {
        assertEquals("关于拓展港口往来的备忘录",
                signings(run("7月8日,南平市与法国图卢兹市签署了关于拓展港口往来的备忘录。", "2031-07-09")).get(0).title());
        assertEquals("拓展两市港口往来的框架协议",
                signings(run("7月8日,南平市与法国图卢兹市签署了《拓展两市港口往来的框架协议》。", "2031-07-09")).get(0).title());
    }
}

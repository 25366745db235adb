package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * “甲大会”由乙主办。“大会”于9日在丙举行: the head alone in quotation marks is the short name of the forum named
 * before; the forum is that name, with the hosts its earlier sentence gives (made-up report).
 */
class AQuotedHeadPointsBackAtTheForumNamedBeforeTest {
    private static final String REPORT = "2026白山友好城市大会主题:合作共享\n"
            + "为推动友城工作,“2026白山友好城市大会”由青河市人民政府、白山市人民政府主办,青河市外事办公室承办。"
            + "“大会”于2026年9月9日—11日在青河国际会展中心举行。本届大会主题为“合作共享”。";

    @Test
    void theForumIsTheNameGivenBefore() {
        List<Event> fs = ofType(run(REPORT, "2026-09-21"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2026白山友好城市大会", fs.get(0).name());
        assertEquals("2026-09-09", fs.get(0).start());
        assertEquals("合作共享", fs.get(0).theme());
    }

    @Test
    void theSentenceThatNamedItGivesItsHosts() {
        Event f = ofType(run(REPORT, "2026-09-21"), EventType.FORUM).get(0);
        assertEquals(List.of("青河市人民政府", "白山市人民政府", "青河市外事办公室"), f.organizers());
    }
}

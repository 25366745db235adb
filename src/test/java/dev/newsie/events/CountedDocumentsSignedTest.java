package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Documents counted after their topics, each a signing of its own (made-up reports). */
class CountedDocumentsSignedTest {
    @Test
    void topicsSummedByACountAreThatManySignings() {
        List<Event> ss = signings(run("6月2日,兰州市与都灵市签署了青年创业、湿地保护等2项合作备忘录。", "2031-06-03"));
        assertEquals(2, ss.size());
        ss.forEach(e -> assertEquals(Set.of("兰州", "都灵"), partiesOf(e)));
        ss.forEach(e -> assertEquals("2031-06-02", e.date()));
    }

    @Test
    void aCountOfFieldsBeforeTheDocumentWordCountsTheDocuments() {
        List<Event> ss = signings(run("6月2日,兰州市与都灵市签订了会展、冰雪运动、中医药三个领域合作协议。", "2031-06-03"));
        assertEquals(3, ss.size());
    }

    @Test
    void topicsWithoutACountMayBeOneDocument() {
        List<Event> ss = signings(run("6月2日,兰州市与都灵市签订了会展、冰雪运动交流合作协议。", "2031-06-03"));
        assertEquals(1, ss.size());
    }

    @Test
    void aCountOpeningTheWordsCountsCopiesOfOneDocument() {
        List<Event> ss = signings(run("6月2日,兰州市与都灵市签署了2份友好交流协议书。", "2031-06-03"));
        assertEquals(1, ss.size());
    }
}

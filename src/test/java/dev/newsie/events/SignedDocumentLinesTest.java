package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents of a ceremony listed one per line under a signing heading (made-up reports). */
class SignedDocumentLinesTest {
    @Test
    void eachDocumentLineUnderASigningHeadingIsASigningOfItsKind() {
        List<Event> ss = signings(run("2031年6月2日,友城大会在兰州举行,会上举行了签约仪式,签约项目如下:\n\n"
                + "1.兰州市与意大利都灵市建立友好交流城市关系意向书\n\n2.西宁市与法国南特市友好合作备忘录", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        Event intent = ss.stream().filter(e -> e.parties().contains("都灵")).findFirst().orElseThrow();
        assertEquals("LETTER_OF_INTENT", intent.agreement());
        assertEquals("建立友好交流城市关系意向书", intent.title());
        assertEquals("2031-06-02", intent.date());
    }

    @Test
    void documentLinesWithoutASigningHeadingTellNoSigning() {
        List<Event> ss = signings(run("2031年6月2日,友城大会在兰州举行。会议资料:\n\n"
                + "1.兰州市与意大利都灵市建立友好交流城市关系意向书\n\n2.西宁市与法国南特市友好合作备忘录", "2031-06-03"));
        assertTrue(ss.isEmpty(), ss.toString());
    }

    @Test
    void barePairLinesTakeTheDocumentTheHeadingNames() {
        List<Event> ss = signings(run("2031年6月2日,友城大会在兰州举行,以下城市签署了友好城市协议:\n\n兰州市—意大利都灵市\n\n西宁市—法国南特市",
                "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void barePairLinesUnderAHeadingThatNamesNoDocumentTellNoSigning() {
        List<Event> ss = signings(run("2031年6月2日,友城大会在兰州举行,以下城市现场签约:\n\n兰州市—意大利都灵市\n\n西宁市—法国南特市",
                "2031-06-03"));
        assertTrue(ss.isEmpty(), ss.toString());
    }

    @Test
    void itemsListedOnTheHeadingsOwnLineAreEachASigning() {
        List<Event> ss = signings(run("2031年6月2日,友城大会在兰州举行。大会签约项目包括:兰州市与意大利都灵市友好城市协议书、西宁市与法国南特市经贸合作备忘录。",
                "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        assertEquals(Set.of("SISTER_CITY", "MEMORANDUM"), Set.copyOf(ss.stream().map(Event::agreement).toList()));
    }
}

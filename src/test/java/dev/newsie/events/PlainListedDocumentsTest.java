package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A visit or ceremony where two sides sign several documents named one after another without 《》 (签署了甲协议书、
 * 乙备忘录和丙协议; …协议书及…备忘录): each document is a signing of its own, with its own name and kind
 * (made-up reports).
 */
class PlainListedDocumentsTest {
    private static Set<String> titles(List<Event> ss) {
        return ss.stream().map(Event::title).collect(Collectors.toSet());
    }

    @Test
    void documentsListedWithCommasAndAndAreThreeSignings() {
        String text = "烟台与都灵签署多份合作文件\n2025年4月15日,烟台市市长张强率代表团访问意大利都灵市。访问期间,两市"
                + "签署了友城结好协议书、港口物流合作备忘录和青少年足球交流协议。";
        List<Event> ss = signings(run(text, "2025-04-16"));
        assertEquals(Set.of("友城结好协议书", "港口物流合作备忘录", "青少年足球交流协议"), titles(ss), ss.toString());
        for (Event e : ss) {
            assertEquals(Set.of("烟台", "都灵"), partiesOf(e), e.toString());
            String kind = e.title().endsWith("备忘录") ? "MEMORANDUM" : e.title().startsWith("友城") ? "SISTER_CITY" : "COOPERATION";
            assertEquals(kind, e.agreement(), e.toString());
        }
    }

    @Test
    void twoDocumentsJoinedByJiAreTwoSignings() {
        String text = "赣州与杜塞尔多夫签约\n2025年7月7日,赣州市与德国杜塞尔多夫市友好城市签约仪式在赣州举行。赣州市市长刘军与"
                + "杜塞尔多夫市市长斯蒂芬·凯勒,代表两市签署了友城结好协议书及港口物流合作备忘录。";
        List<Event> ss = signings(run(text, "2025-07-08"));
        assertEquals(Set.of("友城结好协议书", "港口物流合作备忘录"), titles(ss), ss.toString());
    }

    @Test
    void andInsideOneDocumentsNameSplitsNothing() {
        String text = "襄阳与松本签约\n2025年5月8日,襄阳市与日本松本市在襄阳签署了港口和青少年足球合作协议。";
        Event e = theOneSigning(text, "2025-05-09");
        assertEquals("港口和青少年足球合作协议", e.title(), e.toString());
    }
}

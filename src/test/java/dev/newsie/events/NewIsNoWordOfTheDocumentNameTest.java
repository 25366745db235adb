package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 最新的 / 新的 before a document tells its order among the pair's documents, not its name. */
class NewIsNoWordOfTheDocumentNameTest {
    private static Event only(String text) {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(text, null));
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    @Test
    void theNewestMemorandum() {
        assertEquals("合作备忘录", only("""
                烟台与松本签署合作备忘录

                2023年5月4日,烟台市长张三与松本市长山田太郎签署最新的合作备忘录。
                """).title());
    }

    @Test
    void aNewAgreement() {
        assertEquals("交流合作协议", only("""
                襄阳与松本签署新协议

                2017年8月25日,襄阳市长张三与松本市长山田太郎签署了新的交流合作协议。
                """).title());
    }
}

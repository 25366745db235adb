package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who signed, and who did not (made-up reports). */
class SignatoriesTest {
    @Test
    void aSecondVerbWithoutADocumentNamesWhoSignedTheFirst() {
        Event e = signings(run("花莲县与日本宫崎市今天签署姊妹市协定，由县长王志明与宫崎市长田中一郎代表签署。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        Event f = signings(run("花莲县与日本宫崎市今天正式缔结姊妹市，花莲县长王志明与宫崎市长田中一郎共同签署盟约。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), f.signatories());
    }

    @Test
    void aReporterNamedInTheDatelineIsNoSignatory() {
        String text = "(本报记者李小明台中14日电)台中市代表今天与日本新潟市代表签署姊妹市协定。";
        for (Event e : signings(run(text, "2025-03-14"))) {
            assertTrue(e.signatories() == null || !e.signatories().contains("李小明"), e.toString());
        }
    }
}

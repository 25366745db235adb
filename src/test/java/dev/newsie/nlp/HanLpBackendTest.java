package dev.newsie.nlp;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanLpBackendTest {
    private final HanLpBackend hanlp = new HanLpBackend();

    @Test
    void tokensCoverTheTextWithOffsets() {
        String text = "杭州市与波尔图市签署协议。";
        Analysis a = hanlp.analyse(text);
        StringBuilder joined = new StringBuilder();
        for (Token t : a.tokens()) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
            joined.append(t.word());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void mapsNatureTagsToGoldTypes() {
        assertEquals(EntityType.PERSON, HanLpBackend.typeOf("nrf"));
        assertEquals(EntityType.CITY, HanLpBackend.typeOf("ns"));
        assertEquals(EntityType.ORGANIZATION, HanLpBackend.typeOf("nt"));
        assertNull(HanLpBackend.typeOf("v"));
    }

    @Test
    void recognisesAChinesePersonName() {
        assertTrue(hanlp.analyse("王建国出席了会议。").mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON));
    }
}

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

    @Test
    void aPlaceAfterAClosingBracketIsReadWithoutTheBracket() {
        String text = "〔记者陈某某／彰化报导〕嘉义市长许某某昨天出席仪式。";
        Analysis a = hanlp.analyse(text);
        assertTrue(a.tokens().stream().noneMatch(t -> t.word().length() > 1 && t.word().contains("〕")), a.tokens().toString());
        assertTrue(a.tokens().stream().anyMatch(t -> t.word().equals("〕") && t.tag().equals("w")), a.tokens().toString());
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().contains("〕")), a.mentions().toString());
        StringBuilder joined = new StringBuilder();
        for (Token t : a.tokens()) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
            joined.append(t.word());
        }
        assertEquals(text, joined.toString());
    }
}

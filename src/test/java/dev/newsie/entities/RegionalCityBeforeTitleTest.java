package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.RegionalPhraseTable;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regional city name ending in 市 before a title (the shipped row 墨西哥市 → 墨西哥城, written 墨西哥市長): after the
 * regional table the text reads 墨西哥城市长, and the recogniser finds the city in it, leaving 市长 as the title.
 */
class RegionalCityBeforeTitleTest {
    @Test
    void aRegionalCityBeforeItsMayorIsTheCityAndTheTitleStays() {
        String text = RegionalPhraseTable.shared().apply(ScriptConverter.toSimplified("墨西哥市長訪問青河市,雙方舉行會談。"));
        assertEquals("墨西哥城市长访问青河市,双方举行会谈。", text);
        List<Entity> found = EntityRecognizer.load(CanonicalNames.load()).recognize(text, new HanLpBackend().analyse(text), Analysis.EMPTY);
        Entity city = found.stream().filter(e -> e.type() == EntityType.CITY && e.name().equals("墨西哥城")).findFirst().orElseThrow();
        Mention m = city.mentions().get(0);
        assertEquals(0, m.start());
        assertEquals("墨西哥城", m.text());
        assertTrue(text.startsWith("市长", m.end()));
    }
}

package dev.newsie.nlp;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uses the one CoreNLP pipeline of the test JVM (loaded on first use, ~25 s). */
class CoreNlpBackendTest {
    @Test
    void mapsFineKbpLabelsToGoldTypes() {
        assertEquals(EntityType.CITY, CoreNlpBackend.typeOf("CITY"));
        assertEquals(EntityType.PROVINCE, CoreNlpBackend.typeOf("STATE_OR_PROVINCE"));
        assertEquals(EntityType.COUNTRY, CoreNlpBackend.typeOf("COUNTRY"));
        assertEquals(EntityType.ORGANIZATION, CoreNlpBackend.typeOf("ORGANIZATION"));
        assertEquals(EntityType.PERSON, CoreNlpBackend.typeOf("PERSON"));
        assertNull(CoreNlpBackend.typeOf("DATE"));
    }

    @Test
    void recognisesPeopleAndPlacesWithOffsetsIntoTheText() {
        String text = "国家主席习近平在北京会见了法国总统马克龙。";
        Analysis a = CoreNlpBackend.shared().analyse(text);
        assertTrue(a.tokens().size() > 5);
        for (BackendMention m : a.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("习近平")), a.mentions().toString());
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("法国") && m.type() == EntityType.COUNTRY), a.mentions().toString());
    }

    @Test
    void withoutFineLabelsPeopleAreLabelledAndPlacesAreOnlyGpe() {
        String text = "国家主席习近平在北京会见了法国总统马克龙。";
        Analysis a = CoreNlpBackend.sharedWithoutFineLabels().analyse(text);
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("习近平")), a.mentions().toString());
        assertTrue(a.mentions().stream().noneMatch(m -> m.type() == EntityType.COUNTRY), a.mentions().toString());
        assertSame(CoreNlpBackend.sharedWithoutFineLabels(), CoreNlpBackend.sharedWithoutFineLabels());
    }

    @Test
    void pipelineIsLoadedOncePerProcess() {
        assertSame(CoreNlpBackend.shared(), CoreNlpBackend.shared());
    }
}

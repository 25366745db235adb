package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsie.TestPages;
import dev.newsie.TestPipelines;
import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RecordSchemaTest.class.getResourceAsStream("/dev/newsie/record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everyCorpusRecordValidatesAndMentionsPointIntoTextAndPage() throws Exception {
        for (File f : new File("corpus").listFiles()) {
            byte[] bytes = Files.readAllBytes(f.toPath());
            ArticleRecord r = TestPipelines.extracting().process(new RawPage(f.getName(), null, bytes, null, RawPage.Kind.TEXT, null));
            JsonNode node = JSON.valueToTree(r);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), f.getName() + ": " + errors);
            assertFalse(r.entities().isEmpty());
            String page = new String(bytes, "UTF-8");
            r.entities().forEach(e -> e.mentions().forEach(m -> {
                assertEquals(m.text(), r.text().substring(m.start(), m.end()));
                assertTrue(m.rawStart() >= 0 && m.rawEnd() <= page.length() && m.rawStart() < m.rawEnd(), m.toString());
            }));
        }
    }

    @Test
    void errorRecordsValidate() {
        ArticleRecord r = ArticleRecord.failed("p1", "file:/x", new StageError("decode", "empty page (0 bytes)"));
        assertTrue(schema.validate(JSON.valueToTree(r)).isEmpty());
    }

    @Test
    void schemaRejectsAnUnknownEventType() throws Exception {
        JsonNode bad = JSON.readTree("{\"id\":\"x\",\"entities\":[],\"events\":[{\"id\":\"v1\",\"type\":\"PICNIC\"}],\"relations\":[],\"errors\":[]}");
        assertFalse(schema.validate(bad).isEmpty());
    }

    /** Offsets are UTF-16 code units (the schema says so): after astral characters they differ from code points. */
    @Test
    void offsetsCountUtf16CodeUnitsAfterAstralCharacters() {
        String astral = "\uD840\uDC00\uD83D\uDE00"; // U+20000 (CJK Extension B) and an emoji: 2 code units each
        String page = "杭州与波尔图结好" + astral + "\n" + astral + TestPages.ARTICLE_P1 + "\n" + TestPages.ARTICLE_P2;
        byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ArticleRecord r = TestPipelines.extracting().process(new RawPage("astral", null, bytes, null, RawPage.Kind.TEXT, null));
        assertTrue(schema.validate(JSON.valueToTree(r)).isEmpty());
        assertTrue(r.text().contains(astral), r.text());
        assertFalse(r.entities().isEmpty());
        r.entities().forEach(e -> e.mentions().forEach(m -> {
            assertEquals(m.text(), r.text().substring(m.start(), m.end()), "start/end index text in UTF-16 units");
            assertEquals(m.text().length(), m.rawEnd() - m.rawStart());
            int codePointStart = r.text().codePointCount(0, m.start());
            int astralBefore = r.text().substring(0, m.start()).split(astral, -1).length - 1;
            assertEquals(m.start() - 2 * astralBefore, codePointStart, "each astral pair before the mention: 4 units, 2 code points");
        }));
        assertTrue(r.entities().stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.start() > r.text().indexOf(astral)));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        r.entities().forEach(e -> e.mentions().forEach(m -> assertTrue(m.rawEnd() <= text.length())));
    }
}

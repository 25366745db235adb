package dev.newsie.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.newsie.TestPages;
import dev.newsie.TestPipelines;
import dev.newsie.ingest.PageSource;
import dev.newsie.ingest.RawPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 seeded random pages (random bytes, truncated and deeply nested HTML, mixed and mislabelled
 * encodings, stray control bytes, odd line ends) through the default extractor: pages in = lines out, and
 * every line a schema-valid record. The seed is fixed, so a failure reproduces.
 */
class BatchRunnerFuzzTest {
    private static final int PAGES = Integer.getInteger("newsie.fuzzPages", 10_000);
    private static final long SEED = 20261201L;
    private static final String[] CHARSETS = {"UTF-8", "GBK", "GB18030", "Big5", "UTF-16LE", "ISO-8859-1"};
    private static final String[] SENTENCES = {TestPages.ARTICLE_P1, TestPages.ARTICLE_P2, TestPages.ARTICLE_P3,
            "臺北市與美國舊金山市簽署合作備忘錄，雙方將加強交流。", "The two cities signed an agreement.", "\uD840\uDC00\uD83D\uDE00表情",
            "第一届国际友好城市论坛在昆明开幕，来自30个国家的代表出席。"};

    private static String sentence(Random r) {
        return SENTENCES[r.nextInt(SENTENCES.length)];
    }

    private static byte[] page(Random r, int kind) {
        Charset cs = Charset.forName(CHARSETS[r.nextInt(CHARSETS.length)]);
        switch (kind) {
            case 0 -> { // random bytes
                byte[] b = new byte[r.nextInt(3000)];
                r.nextBytes(b);
                return b;
            }
            case 1 -> { // a news page cut anywhere, in any charset, maybe with a meta tag that lies
                byte[] b = TestPages.newsPage(r.nextBoolean() ? null : CHARSETS[r.nextInt(CHARSETS.length)]).getBytes(cs);
                return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            }
            case 2 -> { // nested, unclosed and mismatched tags
                StringBuilder sb = new StringBuilder("<html><body>");
                int depth = r.nextInt(120);
                for (int i = 0; i < depth; i++) {
                    sb.append(r.nextInt(5) == 0 ? "<p>" + sentence(r) : r.nextBoolean() ? "<div>" : "<span><b>");
                }
                for (int i = 0; i < depth / 2; i++) {
                    sb.append(r.nextBoolean() ? "</div>" : "</p></i>");
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // two encodings in one page
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.writeBytes(("<p>" + sentence(r) + "</p>").getBytes(StandardCharsets.UTF_8));
                b.writeBytes(("<p>" + sentence(r) + "</p>").getBytes(Charset.forName("GBK")));
                return b.toByteArray();
            }
            case 4 -> { // a text dump with CR, LF, CRLF, NUL and control characters
                StringBuilder sb = new StringBuilder();
                int n = 1 + r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    sb.append(sentence(r)).append(new String[] {"\n", "\r", "\r\n", "\u0000", "\u0007", "\u2028", "\n\n"}[r.nextInt(7)]);
                }
                return sb.toString().getBytes(cs);
            }
            default -> { // a byte-order mark and a body, the mark maybe wrong
                byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
                        {(byte) 0xFF, (byte) 0xFE, 0, 0}};
                byte[] bom = boms[r.nextInt(boms.length)];
                byte[] body = ("<p>" + sentence(r) + sentence(r) + "</p>").getBytes(cs);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.writeBytes(bom);
                b.writeBytes(body);
                return b.toByteArray();
            }
        }
    }

    @Test
    void tenThousandRandomPagesGiveOneSchemaValidLineEach() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/dev/newsie/record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Random r = new Random(SEED);
        RawPage.Kind[] kinds = RawPage.Kind.values();
        PageSource source = new PageSource() {
            @Override
            public void read(Consumer<RawPage> sink) {
                for (int i = 0; i < PAGES; i++) {
                    // ids repeat on purpose (every 7th), and some are blank or hold lone surrogates
                    String id = i % 7 == 0 ? "dup" : i % 11 == 0 ? "" : i % 13 == 0 ? "s\uD800" + i : "f" + i;
                    sink.accept(new RawPage(id, null, page(r, i % 6), r.nextBoolean() ? null : CHARSETS[r.nextInt(CHARSETS.length)],
                            kinds[r.nextInt(kinds.length)], null));
                }
            }

            @Override
            public String name() {
                return "fuzz";
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        BatchSummary s = new BatchRunner(TestPipelines.extracting(), new BatchRunner.Options(2, 20_000, false))
                .run(List.of(source), ResumeState.none(), new RecordWriter(out, "fuzz"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        ObjectMapper json = new ObjectMapper();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(PAGES + 1, lines.length, "one line per page, each ended");
        assertEquals("", lines[PAGES]);
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            JsonNode n = json.readTree(lines[i]);
            if (!schema.validate(n).isEmpty()) {
                invalid.add(lines[i].substring(0, Math.min(200, lines[i].length())) + " " + schema.validate(n));
            }
            ids.add(n.get("id").asText());
        }
        assertTrue(invalid.isEmpty(), invalid.size() + " invalid: " + invalid.subList(0, Math.min(3, invalid.size())));
        assertEquals(PAGES, ids.size(), "every page has its own key");
        assertEquals(PAGES, s.recordsOut());
        System.out.printf(java.util.Locale.ROOT, "fuzz: %d pages in %.1f s: %s%n", PAGES, seconds, s.describe());
    }
}

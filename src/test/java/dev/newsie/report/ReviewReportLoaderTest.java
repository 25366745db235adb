package dev.newsie.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.canon.CanonicalNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewReportLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportIndexesEveryRecordScoresThoseWithGoldAndNotesTheRest(@TempDir Path dir) throws Exception {
        Path records = dir.resolve("records.jsonl");
        Files.writeString(records, JSON.writeValueAsString(TestRecords.hangzhouPorto("d1")) + "\n{broken\n"
                + JSON.writeValueAsString(TestRecords.hangzhouPorto("d2")) + "\n");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("d1.json"), "{\"doc\": \"d1\", \"entities\": [{\"type\": \"CITY\", \"name\": \"杭州\"}],"
                + " \"events\": [], \"relations\": []}");
        Files.writeString(gold.resolve("d9.json"), "{\"doc\": \"d9\", \"entities\": [], \"events\": [], \"relations\": []}");

        ReviewReport report = ReviewReportLoader.load(records, gold, CanonicalNames.load());
        Document d = Jsoup.parse(report.html());

        assertEquals(2, d.select("tr.doc-row").size());
        assertEquals(1, report.judgements().size());
        assertEquals("no gold", d.select("tr.doc-row").get(1).select("td.meta").text());
        assertTrue(d.select(".notes li").text().contains(":2: not a record"), d.select(".notes").text());
        assertTrue(d.select(".notes li").text().contains("gold document d9 has no record"));
        assertEquals(2, d.select("section.doc").size());
        assertEquals(1, d.select("svg.network").size());
        assertTrue(d.selectFirst("section#doc-d1 .article-text mark.ent.spurious") != null, "Portugal is not in d1's gold");
        assertTrue(d.selectFirst("table.totals") != null);
        assertTrue(d.select("link[href], script[src], img[src]").isEmpty(), "self-contained: no external resources");
    }
}

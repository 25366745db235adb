package dev.newsie.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.ScoredDocumentParser;
import dev.newsie.eval.Scorer;
import dev.newsie.model.ArticleRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMentionIsAnElementWithItsTypeAndCanonicalNameOnHover() {
        Document d = Jsoup.parse(ArticleView.render(TestRecords.hangzhouPorto("d1"), null));
        var marks = d.select(".article-text mark.ent");
        assertEquals(3, marks.size());
        Element porto = marks.get(2);
        assertEquals("CITY", porto.attr("data-entity-type"));
        assertEquals("波尔图市", porto.text());
        assertEquals("波尔图 (CITY, 葡萄牙)", porto.attr("title"));
    }

    @Test
    void articleTextIsEscapedNotInterpreted() {
        String html = ArticleView.render(TestRecords.hangzhouPorto("d1"), null);
        assertTrue(html.contains("&lt;b&gt;李明&lt;/b&gt;"), html);
        assertEquals(TestRecords.TEXT, Jsoup.parse(html).selectFirst(".article-text").wholeText());
    }

    @Test
    void eventCardListsRolesAndHighlightsTheEvidence() {
        Document d = Jsoup.parse(ArticleView.render(TestRecords.hangzhouPorto("d1"), null));
        Element card = d.selectFirst(".event-card[data-event-type=SIGNING]");
        assertEquals("杭州、波尔图", card.selectFirst("dd[data-role=parties]").text());
        assertEquals("SISTER_CITY", card.selectFirst("dd[data-role=agreement]").text());
        assertEquals(TestRecords.TEXT.substring(0, 25), card.selectFirst("mark.evidence").text());
    }

    @Test
    void againstGoldSpuriousAndMissedAreMarked() throws Exception {
        ArticleRecord r = TestRecords.hangzhouPorto("d1");
        // Gold has Hangzhou and Porto but not Portugal, plus a person the record missed.
        String gold = "{\"doc\": \"d1\", \"entities\": [{\"type\": \"CITY\", \"name\": \"杭州\"}, {\"type\": \"CITY\", \"name\": \"波尔图\"},"
                + " {\"type\": \"PERSON\", \"name\": \"李明\"}], \"events\": [], \"relations\": [{\"type\": \"SISTER_CITY\", \"parties\": [\"杭州\", \"波尔图\"]}]}";
        CanonicalNames names = CanonicalNames.load();
        Judgement j = Judgement.of(ScoredDocumentParser.parse(JSON.readTree(gold), "gold"),
                ScoredDocumentParser.parse(JSON.valueToTree(r), "pred"), new Scorer(names), names);
        Document d = Jsoup.parse(ArticleView.render(r, j));
        assertEquals("COUNTRY", d.selectFirst(".article-text mark.ent.spurious").attr("data-entity-type"));
        assertEquals(2, d.select(".article-text mark.ent.correct").size());
        assertEquals("PERSON 李明", d.selectFirst(".chip.missed").text());
        assertTrue(d.selectFirst(".event-card").hasClass("spurious"), "the signing is not in gold");
        assertTrue(d.selectFirst("tr.relation").hasClass("correct"));
    }

    @Test
    void errorRecordShowsItsStageAndReason() {
        ArticleRecord failed = ArticleRecord.failed("x", null, new dev.newsie.model.StageError("decode", "empty page (0 bytes)"));
        Document d = Jsoup.parse(ArticleView.render(failed, null));
        assertEquals("decode: empty page (0 bytes)", d.selectFirst(".record-errors li").text());
    }
}

package dev.newsie.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.DocumentFormatException;
import dev.newsie.eval.DocumentSet;
import dev.newsie.eval.ScoredDocument;
import dev.newsie.eval.ScoredDocumentParser;
import dev.newsie.eval.Scorer;
import dev.newsie.model.ArticleRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run's records (JSON Lines, optionally gzipped) and, when given, a gold directory, and judges each
 * record that has gold. A line that cannot be read becomes a note in the report, never a failed report.
 */
public final class ReviewReportLoader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReviewReportLoader() {
    }

    /** @throws DocumentFormatException when the records file or the gold directory cannot be read at all */
    public static ReviewReport load(Path recordsFile, Path goldDir, CanonicalNames names) {
        List<ArticleRecord> records = new ArrayList<>();
        Map<String, ScoredDocument> predicted = new HashMap<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isRegularFile(recordsFile)) {
            throw new DocumentFormatException(recordsFile + ": no such file (expected the JSON Lines output of newsie extract)");
        }
        try {
            dev.newsie.model.JsonLinesFile.forEachLine(recordsFile, (no, line) -> {
                String origin = recordsFile + ":" + no;
                try {
                    JsonNode n = JSON.readTree(line);
                    ArticleRecord rec = JSON.treeToValue(n, ArticleRecord.class);
                    records.add(rec);
                    predicted.put(rec.id(), ScoredDocumentParser.parse(n, origin));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    notes.add(origin + ": not a record: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
                }
            });
        } catch (IOException e) {
            throw new DocumentFormatException(recordsFile + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, Judgement> judgements = new HashMap<>();
        if (goldDir != null) {
            DocumentSet gold = DocumentSet.load(goldDir);
            notes.addAll(gold.errors());
            Scorer scorer = new Scorer(names);
            Set<String> seen = new HashSet<>();
            for (ArticleRecord rec : records) {
                ScoredDocument g = gold.documents().get(rec.id());
                if (g != null && seen.add(rec.id())) {
                    judgements.put(rec.id(), Judgement.of(g, predicted.get(rec.id()), scorer, names));
                }
            }
            for (String id : gold.documents().keySet()) {
                if (!seen.contains(id)) {
                    notes.add("gold document " + id + " has no record in " + recordsFile);
                }
            }
        }
        return new ReviewReport(recordsFile.toString(), records, judgements, notes);
    }
}

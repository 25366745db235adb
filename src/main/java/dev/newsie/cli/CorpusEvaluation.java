package dev.newsie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.EvalReport;
import dev.newsie.eval.ScoredDocument;
import dev.newsie.eval.ScoredDocumentParser;
import dev.newsie.eval.Scorer;
import dev.newsie.ingest.Inputs;
import dev.newsie.ingest.PageSource;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.StageError;
import dev.newsie.pipeline.Extractors;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.pipeline.StageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs an extractor over a corpus in memory and scores it; with baselines, each backend alone too. */
public final class CorpusEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusEvaluation() {
    }

    public static List<EvalReport> run(Path corpus, String ner, boolean baselines, Scorer scorer,
                                       Map<String, ScoredDocument> gold) {
        CanonicalNames names = CanonicalNames.load();
        List<String> systems = new ArrayList<>(List.of(ner));
        if (baselines) {
            systems.addAll(List.of("hanlp-only", "corenlp-only"));
        }
        List<EvalReport> reports = new ArrayList<>();
        for (String system : systems) {
            Map<String, ScoredDocument> pred = extract(corpus, system, names);
            String label = system.equals("default") ? "newsie(" + Extractors.DEFAULT + ")" : system;
            reports.add(EvalReport.score(label, scorer, gold, pred));
        }
        return reports;
    }

    /** Records of every page of the corpus, as the scorer reads them. */
    public static Map<String, ScoredDocument> extract(Path corpus, String system, CanonicalNames names) {
        PagePipeline pipeline = new PagePipeline(Extractors.create(system, names), Long.MAX_VALUE);
        Map<String, ScoredDocument> out = new LinkedHashMap<>();
        for (PageSource s : Inputs.sources(List.of(corpus))) {
            s.read(page -> {
                ArticleRecord r;
                try {
                    r = pipeline.process(page);
                } catch (StageException e) {
                    r = ArticleRecord.failed(page.id(), page.uri(), new StageError(e.stage(), e.getMessage()));
                }
                out.put(r.id(), ScoredDocumentParser.parse(JSON.valueToTree(r), page.id()));
            });
        }
        return out;
    }
}

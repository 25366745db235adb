package dev.newsie.cli;

import dev.newsie.eval.EvalReport;
import dev.newsie.eval.ScoredDocument;
import dev.newsie.eval.Scorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

final class CorpusEvaluation {
    static List<EvalReport> run(Path corpus, String ner, boolean baselines, Scorer scorer, Map<String, ScoredDocument> gold) {
        throw new IllegalStateException("not yet");
    }
}

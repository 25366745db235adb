package dev.newsie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.DocumentFormatException;
import dev.newsie.eval.DocumentSet;
import dev.newsie.eval.EvalReport;
import dev.newsie.eval.ReportPrinter;
import dev.newsie.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code newsie eval}: scores predictions against gold (GOLD.md §6). Without {@code --pred} it runs the
 * extractor over the corpus first, and also scores each analysis backend alone as a baseline.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score predictions (records or gold-format files) against gold, per stage, type and role.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Directory of gold JSON files (GOLD.md §5).")
    Path gold;

    @Option(names = "--pred", description = "JSON Lines file of records, or a directory of gold-format files. "
            + "Omitted: run the extractor over --corpus and score it, with each backend alone as a baseline.")
    Path pred;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus to extract when --pred is omitted (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--ner", defaultValue = "default", description = "Analysis backend when --pred is omitted: default, corenlp, hanlp, gazetteer (default: ${DEFAULT-VALUE}).")
    String ner;

    @Option(names = "--baselines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --pred omitted, also score each backend alone (default: ${DEFAULT-VALUE}).")
    boolean baselines;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path json;

    @Option(names = "--errors", description = "List every false positive and false negative per document.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        CanonicalNames names = CanonicalNames.load();
        Scorer scorer = new Scorer(names);
        DocumentSet goldSet;
        try {
            goldSet = DocumentSet.load(gold);
        } catch (DocumentFormatException e) {
            System.err.println("newsie eval: gold " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        List<String> problems = new ArrayList<>(goldSet.errors());
        List<EvalReport> reports = new ArrayList<>();
        if (pred != null) {
            DocumentSet predSet;
            try {
                predSet = DocumentSet.load(pred);
            } catch (DocumentFormatException e) {
                System.err.println("newsie eval: predictions " + e.getMessage());
                return NewsieCommand.EXIT_USAGE;
            }
            problems.addAll(predSet.errors());
            reports.add(EvalReport.score(pred.toString(), scorer, goldSet.documents(), predSet.documents()));
        } else {
            reports.addAll(CorpusEvaluation.run(corpus, ner, baselines, scorer, goldSet.documents()));
        }
        ReportPrinter printer = new ReportPrinter(out);
        printer.print(reports.get(0));
        if (reports.size() > 1) {
            printer.printComparison(reports);
        }
        if (errors) {
            printer.printErrors(reports.get(0));
        }
        if (json != null) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> body = reports.get(0).toJson();
            if (reports.size() > 1) {
                List<Object> base = new ArrayList<>();
                reports.subList(1, reports.size()).forEach(r -> base.add(r.toJson()));
                body.put("baselines", base);
            }
            m.writeValue(json.toFile(), body);
        }
        for (String p : problems) {
            System.err.println("newsie eval: " + p);
        }
        return problems.isEmpty() ? 0 : NewsieCommand.EXIT_USAGE;
    }
}

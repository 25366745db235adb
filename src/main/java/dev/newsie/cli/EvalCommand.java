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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code newsie eval}: scores predictions against gold (GOLD.md §6). Without {@code --pred} it runs the
 * extractor over one or more evaluation sets (articles + gold) and reports each, with each analysis backend
 * alone as a baseline. Without {@code --gold} the sets are the bundled corpus and, when present, the
 * development set in ../shared/dev, scored whole and by halves.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predictions (records or gold-format files) against gold, per stage, type and role.",
                "Without --gold: the corpus (corpus/ + gold/) and the development set (--dev) in one run."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "Directory of gold JSON files (GOLD.md §5); repeat with --articles "
            + "for several sets. Omitted: corpus/ + gold/ and the development set.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--pred", description = "JSON Lines file of records, or a directory of gold-format files, scored "
            + "against the one --gold. Omitted: run the extractor over the articles of each set and score it.")
    Path pred;

    @Option(names = {"--articles", "--corpus"}, description = "Articles of the n-th --gold set (default for the "
            + "first: corpus).")
    List<Path> articles = new ArrayList<>();

    @Option(names = "--dev", defaultValue = "../shared/dev", description = "Development set (articles/ and gold/) "
            + "scored beside the corpus when --gold is omitted; skipped with a note when absent (default: ${DEFAULT-VALUE}).")
    Path dev;

    @Option(names = "--ner", defaultValue = "default", description = "Analysis backend when --pred is omitted: default, corenlp, corenlp-near-names, hanlp, gazetteer (default: ${DEFAULT-VALUE}).")
    String ner;

    @Option(names = "--baselines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --pred omitted, also score each backend alone (default: ${DEFAULT-VALUE}).")
    boolean baselines;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path json;

    @Option(names = "--markdown", description = "Also write every part, type and role of every set (and half) as a "
            + "Markdown table of F1 to this file.")
    Path markdown;

    @Option(names = "--errors", description = "List every false positive and false negative per document.")
    boolean errors;

    /** One evaluation set: a name, its articles (null when predictions are given) and its gold. */
    record EvalSet(String name, Path articles, Path gold) {
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        CanonicalNames names = CanonicalNames.load();
        Scorer scorer = new Scorer(names);
        List<EvalSet> sets;
        try {
            sets = sets();
        } catch (IllegalArgumentException e) {
            System.err.println("newsie eval: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        List<String> problems = new ArrayList<>();
        ReportPrinter printer = new ReportPrinter(out);
        List<EvalReport> summary = new ArrayList<>();
        Map<String, Object> jsonSets = new LinkedHashMap<>();
        for (EvalSet set : sets) {
            DocumentSet goldSet;
            try {
                goldSet = DocumentSet.load(set.gold());
            } catch (DocumentFormatException e) {
                System.err.println("newsie eval: gold " + e.getMessage());
                return NewsieCommand.EXIT_USAGE;
            }
            problems.addAll(goldSet.errors());
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
                for (EvalReport r : CorpusEvaluation.run(set.articles(), ner, baselines, scorer, goldSet.documents())) {
                    reports.add(r.renamed(reports.isEmpty() ? set.name() + ": " + r.system() : r.system()));
                }
            }
            if (!jsonSets.isEmpty()) {
                out.println();
                out.println("=".repeat(78));
            }
            printer.print(reports.get(0));
            if (reports.size() > 1) {
                printer.printComparison(reports);
            }
            if (errors) {
                printer.printErrors(reports.get(0));
            }
            summary.add(reports.get(0));
            // Ten or more documents are enough to split: the halves show how far figures move between texts.
            if (reports.get(0).documents().size() >= 10) {
                summary.addAll(reports.get(0).halves());
            }
            Map<String, Object> body = reports.get(0).toJson();
            if (reports.size() > 1) {
                List<Object> base = new ArrayList<>();
                reports.subList(1, reports.size()).forEach(r -> base.add(r.toJson()));
                body.put("baselines", base);
            }
            jsonSets.put(set.name(), body);
        }
        if (summary.size() > 1) {
            printer.printSummary(summary);
        }
        if (markdown != null) {
            try (PrintStream md = new PrintStream(java.nio.file.Files.newOutputStream(markdown), true,
                    java.nio.charset.StandardCharsets.UTF_8)) {
                new ReportPrinter(md).printMarkdown(summary);
            }
        }
        if (json != null) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Object body;
            if (jsonSets.size() == 1) {
                body = jsonSets.values().iterator().next();
            } else {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("sets", jsonSets);
                Map<String, Object> sm = new LinkedHashMap<>();
                summary.forEach(r -> sm.put(r.system(), r.toJson()));
                all.put("summary", sm);
                body = all;
            }
            m.writeValue(json.toFile(), body);
        }
        for (String p : problems) {
            System.err.println("newsie eval: " + p);
        }
        return problems.isEmpty() ? 0 : NewsieCommand.EXIT_USAGE;
    }

    private List<EvalSet> sets() {
        List<EvalSet> sets = new ArrayList<>();
        if (pred != null) {
            if (gold.size() != 1) {
                throw new IllegalArgumentException("--pred is scored against exactly one --gold directory");
            }
            return List.of(new EvalSet(gold.get(0).toString(), null, gold.get(0)));
        }
        if (gold.isEmpty()) {
            sets.add(new EvalSet("corpus", Path.of("corpus"), Path.of("gold")));
            if (Files.isDirectory(dev.resolve("gold")) && Files.isDirectory(dev.resolve("articles"))) {
                sets.add(new EvalSet("dev", dev.resolve("articles"), dev.resolve("gold")));
            } else {
                System.err.println("newsie eval: no development set at " + dev + " (articles/ and gold/); scoring the corpus only");
            }
            return sets;
        }
        if (articles.size() > gold.size()) {
            throw new IllegalArgumentException("more --articles than --gold: each --articles pairs with one --gold");
        }
        for (int i = 0; i < gold.size(); i++) {
            Path a = i < articles.size() ? articles.get(i) : (i == 0 ? Path.of("corpus") : null);
            if (a == null) {
                throw new IllegalArgumentException("--gold " + gold.get(i) + " has no --articles to extract");
            }
            String name = gold.size() == 1 && a.equals(Path.of("corpus")) ? "corpus" : a.toString();
            sets.add(new EvalSet(name, a, gold.get(i)));
        }
        return sets;
    }
}

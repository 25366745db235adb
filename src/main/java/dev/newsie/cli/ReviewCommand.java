package dev.newsie.cli;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.eval.DocumentFormatException;
import dev.newsie.report.ReviewReport;
import dev.newsie.report.ReviewReportLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsie review}: a run's records (and gold) as one static, self-contained HTML file. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Write a run's records as one self-contained HTML report: index, sister-city network, each document (against gold with --gold).")
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECORDS", description = "JSON Lines file of records (the output of newsie extract), optionally .gz.")
    Path records;

    @Option(names = "--gold", description = "Directory of gold JSON files: mark predictions correct, spurious or missed, and score each document.")
    Path gold;

    @Option(names = {"-o", "--output"}, required = true, description = "HTML file to write.")
    Path output;

    @Override
    public Integer call() {
        ReviewReport report;
        try {
            report = ReviewReportLoader.load(records, gold, CanonicalNames.load());
        } catch (DocumentFormatException e) {
            System.err.println("newsie review: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, report.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("newsie review: cannot write " + output + ": " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        System.err.println("newsie review: " + report.records().size() + " documents"
                + (gold == null ? "" : ", " + report.judgements().size() + " against gold") + " -> " + output);
        report.notes().forEach(n -> System.err.println("newsie review: note: " + n));
        return 0;
    }
}

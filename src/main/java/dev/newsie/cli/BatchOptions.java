package dev.newsie.cli;

import dev.newsie.ingest.Inputs;
import dev.newsie.ingest.PageSource;
import dev.newsie.pipeline.ArticleExtractor;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.BatchSummary;
import dev.newsie.pipeline.PagePipeline;
import dev.newsie.pipeline.ResumeState;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;

/** Inputs, output and run settings shared by {@code newsie extract} and {@code newsie clean}. */
final class BatchOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories: .html .htm .txt pages, .jsonl dumps, .warc archives (each optionally .gz).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, description = "JSON Lines output file (default: standard output).")
    Path output;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Skip pages already in the output file; redo a half-written last line.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--max-page-bytes", description = "Pages larger than this become error records (default: ${DEFAULT-VALUE}).")
    long maxPageBytes = 8L << 20;

    @Option(names = "--page-timeout", description = "Per-page time limit in milliseconds (default: ${DEFAULT-VALUE}).")
    long pageTimeoutMillis = 60_000;

    @Option(names = "--stats", description = "Write run statistics (pages, chars, times, peak heap and RSS) as JSON to this file.")
    Path stats;

    /** Runs the batch; returns the exit status (0 all fine, 1 some pages had errors, 2 could not start). */
    int run(Supplier<ArticleExtractor> extractor) {
        if (threads < 1) {
            System.err.println("newsie: --threads must be at least 1");
            return NewsieCommand.EXIT_USAGE;
        }
        List<PageSource> sources;
        try {
            sources = Inputs.sources(inputs);
        } catch (Inputs.InputException e) {
            System.err.println("newsie: input " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        ResumeState resumeState = ResumeState.none();
        Writer out;
        try {
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (resume) {
                    resumeState = ResumeState.load(output);
                }
                out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING),
                        StandardCharsets.UTF_8));
            } else {
                if (resume) {
                    System.err.println("newsie: --resume needs -o FILE");
                    return NewsieCommand.EXIT_USAGE;
                }
                out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            System.err.println("newsie: cannot write output " + output + ": " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        boolean progress = !quiet && System.console() != null && output != null;
        long t0 = System.nanoTime();
        PagePipeline pipeline = new PagePipeline(extractor.get(), maxPageBytes);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        BatchSummary summary;
        try {
            summary = new BatchRunner(pipeline, new BatchRunner.Options(threads, pageTimeoutMillis, progress))
                    .run(sources, resumeState, out);
        } finally {
            try {
                out.flush();
                if (output != null) {
                    out.close();
                }
            } catch (IOException e) {
                System.err.println("newsie: cannot finish writing " + output + ": " + e.getMessage());
            }
        }
        if (!quiet) {
            System.err.printf(java.util.Locale.ROOT, "newsie: models loaded in %.1f s%n", loadSeconds);
            System.err.println("newsie: " + summary.describe());
        }
        if (stats != null) {
            try {
                RunStats.write(stats, summary, loadSeconds, threads);
            } catch (IOException e) {
                System.err.println("newsie: cannot write --stats " + stats + ": " + e.getMessage());
            }
        }
        return summary.errorRecords() > 0 ? NewsieCommand.EXIT_PARTIAL : 0;
    }
}

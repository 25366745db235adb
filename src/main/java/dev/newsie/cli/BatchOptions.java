package dev.newsie.cli;

import dev.newsie.ingest.IngestLimits;
import dev.newsie.ingest.Inputs;
import dev.newsie.ingest.PageSource;
import dev.newsie.pipeline.ArticleExtractor;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.BatchSummary;
import dev.newsie.pipeline.PagePipeline;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Inputs, output and run settings shared by {@code newsie extract} and {@code newsie clean}. */
final class BatchOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories: .html .htm .txt pages, .jsonl dumps, .warc archives (each optionally .gz).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, description = "JSON Lines output file (default: standard output).")
    Path output;

    @Option(names = "--threads", description = "Worker threads, 1-256 (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Skip pages already in the output file (by page key); redo a half-written last line. Refuses a file that is not newsie records.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--max-page-bytes", description = "Pages larger than this become error records, checked while reading; 1 B to 1 GiB (default: ${DEFAULT-VALUE}).")
    long maxPageBytes = 8L << 20;

    @Option(names = "--page-timeout", description = "Per-page time limit in milliseconds, counted from when the page starts running; also bounds reading one page (default: ${DEFAULT-VALUE}).")
    long pageTimeoutMillis = 60_000;

    @Option(names = "--stats", description = "Write run statistics (pages, chars, times, peak heap and RSS) as JSON to this file.")
    Path stats;

    /** Upper bound of --threads: far above any useful count, far below what would exhaust threads or overflow. */
    static final int MAX_THREADS = 256;
    /** Upper bound of --max-page-bytes: a Java array holds at most 2 GiB, and a page's work is tens of times its size. */
    static final long MAX_PAGE_BYTES = 1L << 30;
    /** Exit status when the run stopped because its output could not be written (disk full, closed pipe). */
    static final int EXIT_OUTPUT_FAILED = 3;

    /** Runs the batch; returns the exit status (0 all fine, 1 some pages had errors, 2 could not start,
     *  3 output failed, 130/143 stopped by SIGINT/SIGTERM). */
    int run(Supplier<ArticleExtractor> extractor) {
        String invalid = invalidArgument();
        if (invalid != null) {
            System.err.println("newsie: " + invalid);
            return NewsieCommand.EXIT_USAGE;
        }
        if (resume && output == null) {
            System.err.println("newsie: --resume needs -o FILE");
            return NewsieCommand.EXIT_USAGE;
        }
        List<PageSource> sources;
        try {
            sources = Inputs.sources(inputs, new IngestLimits(maxPageBytes, pageTimeoutMillis), output,
                    note -> System.err.println("newsie: " + note));
        } catch (Inputs.InputException e) {
            System.err.println("newsie: input " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        OutputTarget target;
        try {
            target = output == null ? OutputTarget.standardOutput() : OutputTarget.open(output, resume);
        } catch (OutputTarget.OutputException e) {
            System.err.println("newsie: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        try (target) {
            return run(extractor, sources, target);
        }
    }

    private int run(Supplier<ArticleExtractor> extractor, List<PageSource> sources, OutputTarget target) {
        boolean progress = !quiet && System.console() != null && output != null;
        long t0 = System.nanoTime();
        PagePipeline pipeline = new PagePipeline(extractor.get(), maxPageBytes);
        pipeline.warmUp();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        BatchRunner runner = new BatchRunner(pipeline, new BatchRunner.Options(threads, pageTimeoutMillis, progress));
        BatchSummary summary;
        String signal;
        try (StopSignals signals = new StopSignals(runner)) {
            summary = runner.run(sources, target.resume(), target.writer());
            signal = signals.received();
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
        long written = target.writer().records();
        String more = output == null ? "write to a file with -o FILE to be able to continue with --resume"
                : "run the same command with --resume to continue";
        if (runner.outputFailed()) {
            System.err.println("newsie: " + summary.stoppedBecause() + "; " + written + " records were written whole"
                    + (target.resume().size() > 0 ? " (after the " + target.resume().size() + " kept from before)" : "")
                    + "; " + more);
            return EXIT_OUTPUT_FAILED;
        }
        if (signal != null) {
            System.err.println("newsie: stopped by " + signal + "; " + written + " records were written whole; " + more);
            return StopSignals.exitCode(signal);
        }
        return summary.errorRecords() > 0 ? NewsieCommand.EXIT_PARTIAL : 0;
    }

    /** Why the options cannot run, or null. */
    String invalidArgument() {
        if (threads < 1 || threads > MAX_THREADS) {
            return "--threads must be between 1 and " + MAX_THREADS + " (got " + threads + ")";
        }
        if (pageTimeoutMillis < 1) {
            return "--page-timeout must be a positive number of milliseconds (got " + pageTimeoutMillis + ")";
        }
        if (maxPageBytes < 1 || maxPageBytes > MAX_PAGE_BYTES) {
            return "--max-page-bytes must be between 1 and " + MAX_PAGE_BYTES + " (got " + maxPageBytes + ")";
        }
        return null;
    }
}

package dev.newsie.cli;

import dev.newsie.store.Database;
import dev.newsie.store.LoadSummary;
import dev.newsie.store.RecordLoader;
import dev.newsie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsie load}: records (JSON Lines) into the relational store, replacing older records of the same documents. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load records (JSON Lines, optionally gzipped) into a database: DuckDB file by default, PostgreSQL by URL.",
                "Idempotent: a document's rows are replaced whole by its newest record, one transaction per batch.",
                "Exit status: 0 all lines loaded; 1 some lines were not records (reported as FILE:LINE and skipped); "
                        + "2 the database cannot be opened or written, or an input is missing."})
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "JSON Lines files of newsie records (.jsonl, .jsonl.gz).")
    List<Path> files;

    @Option(names = "--db", defaultValue = Database.DEFAULT, paramLabel = "URL",
            description = "DuckDB file, jdbc:duckdb:FILE or jdbc:postgresql://HOST/DB?user=…&password=… (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--batch-size", defaultValue = "500", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = {"-v", "--verbose"}, description = "Report each committed batch on stderr.")
    boolean verbose;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("newsie load: " + f + ": no such file");
                return NewsieCommand.EXIT_USAGE;
            }
        }
        try {
            Database database = Database.of(db);
            RecordLoader loader = new RecordLoader(database, batchSize, verbose ? line -> System.err.println("newsie load: " + line) : line -> { });
            LoadSummary summary = loader.load(files, bad -> System.err.println("newsie load: " + bad + " (skipped)"));
            System.err.println("newsie load: " + summary.describe(database.describe()));
            return summary.badLines().isEmpty() ? 0 : NewsieCommand.EXIT_PARTIAL;
        } catch (StoreException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("newsie load: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
    }
}

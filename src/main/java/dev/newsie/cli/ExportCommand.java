package dev.newsie.cli;

import dev.newsie.store.Database;
import dev.newsie.store.SisterCityGraph;
import dev.newsie.store.StoreException;
import dev.newsie.store.TableExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsie export}: every table and view as CSV or Parquet, and the sister-city network as GraphML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the records database: every table and view as CSV or Parquet (one file each), "
                + "the sister-city network as GraphML (sister_city_network.graphml).",
                "Exit status: 0 done; 2 the database cannot be opened or the output cannot be written."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, split = ",", paramLabel = "FORMAT",
            description = "csv, parquet or graphml; several comma-separated.")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--db", defaultValue = Database.DEFAULT, paramLabel = "URL",
            description = "DuckDB file, jdbc:duckdb:FILE or jdbc:postgresql://… (default: ${DEFAULT-VALUE}).")
    String db;

    @Override
    public Integer call() {
        for (String f : formats) {
            if (!List.of("csv", "parquet", "graphml").contains(f.toLowerCase(Locale.ROOT))) {
                System.err.println("newsie export: unknown --format '" + f + "' (one of csv, parquet, graphml)");
                return NewsieCommand.EXIT_USAGE;
            }
        }
        try {
            Database database = Database.of(db);
            try (Connection c = database.connectExisting()) {
                Files.createDirectories(out);
                for (String f : formats) {
                    String format = f.toLowerCase(Locale.ROOT);
                    if (format.equals("graphml")) {
                        Path file = out.resolve("sister_city_network.graphml");
                        SisterCityGraph g = SisterCityGraph.read(c);
                        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                            g.writeGraphMl(w);
                        }
                        System.err.printf(Locale.ROOT, "newsie export: %s (%d places, %d pairs)%n", file,
                                g.graph().vertexSet().size(), g.graph().edgeSet().size());
                    } else {
                        List<Path> files = TableExporter.export(database, c, TableExporter.Format.valueOf(format.toUpperCase(Locale.ROOT)), out);
                        System.err.printf(Locale.ROOT, "newsie export: %d %s files in %s%n", files.size(), format, out);
                    }
                }
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("newsie export: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        } catch (SQLException e) {
            System.err.println("newsie export: " + e.getMessage().lines().findFirst().orElse("database error"));
            return NewsieCommand.EXIT_USAGE;
        } catch (IOException e) {
            System.err.println("newsie export: cannot write " + out + ": " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
    }
}

package dev.newsie.cli;

import dev.newsie.store.Database;
import dev.newsie.store.QueryPrinter;
import dev.newsie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/** {@code newsie sql}: one query against the store, printed as an aligned table or as CSV. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one SQL statement against the records database and print the result.",
                "Exit status: 0 done; 1 the statement failed; 2 the database cannot be opened."})
public final class SqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "The statement, e.g. \"SELECT * FROM sister_city_network\".")
    String query;

    @Option(names = "--db", defaultValue = Database.DEFAULT, paramLabel = "URL",
            description = "DuckDB file, jdbc:duckdb:FILE or jdbc:postgresql://… (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, header line) instead of an aligned table.")
    boolean csv;

    @Override
    public Integer call() {
        Connection c;
        try {
            c = Database.of(db).connectExisting();
        } catch (StoreException e) {
            System.err.println("newsie sql: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (c; Statement s = c.createStatement()) {
            if (s.execute(query)) {
                try (ResultSet rs = s.getResultSet()) {
                    if (csv) {
                        QueryPrinter.csv(rs, out);
                    } else {
                        QueryPrinter.table(rs, out);
                    }
                }
            } else {
                out.println("(" + s.getUpdateCount() + " rows changed)");
            }
            out.flush();
            return 0;
        } catch (SQLException e) {
            out.flush();
            System.err.println("newsie sql: " + e.getMessage().strip());
            return NewsieCommand.EXIT_PARTIAL;
        } catch (IOException e) {
            System.err.println("newsie sql: cannot write the result: " + e.getMessage());
            return NewsieCommand.EXIT_USAGE;
        }
    }
}

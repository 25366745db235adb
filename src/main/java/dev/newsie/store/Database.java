package dev.newsie.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where records go: the {@code --db} value of the store commands. A JDBC URL ({@code jdbc:duckdb:…} or
 * {@code jdbc:postgresql://…}) is used as it is; anything else is the path of a DuckDB file.
 */
public record Database(String url, Dialect dialect, Path duckDbFile) {
    /** The default {@code --db}: a DuckDB file in the working directory. */
    public static final String DEFAULT = "newsie.duckdb";

    /** Reads a {@code --db} value; fails with a message naming the value when it is no database newsie knows. */
    public static Database of(String db) {
        if (db == null || db.isBlank()) {
            db = DEFAULT;
        }
        if (db.startsWith("jdbc:postgresql:")) {
            return new Database(db, Dialect.POSTGRESQL, null);
        }
        if (db.startsWith("jdbc:duckdb:")) {
            String file = db.substring("jdbc:duckdb:".length());
            int params = file.indexOf('?');
            file = params < 0 ? file : file.substring(0, params);
            return new Database(db, Dialect.DUCKDB, file.isEmpty() || file.equals(":memory:") ? null : Path.of(file));
        }
        if (db.startsWith("jdbc:")) {
            throw new StoreException("--db " + db + ": unsupported database (use a DuckDB file path, jdbc:duckdb:… or jdbc:postgresql://…)");
        }
        return new Database("jdbc:duckdb:" + db, Dialect.DUCKDB, Path.of(db));
    }

    /** Opens the database, creating a DuckDB file that does not exist yet (for {@code load}). */
    public Connection connect() {
        return open(false);
    }

    /** Opens a database that must already exist (for {@code sql} and {@code export}). */
    public Connection connectExisting() {
        return open(true);
    }

    private Connection open(boolean mustExist) {
        if (mustExist && duckDbFile != null && !Files.isRegularFile(duckDbFile)) {
            throw new StoreException(duckDbFile + ": no such database (load records first: newsie load RECORDS.jsonl --db " + duckDbFile + ")");
        }
        try {
            Properties props = new Properties();
            if (dialect == Dialect.POSTGRESQL) {
                // Batched inserts are sent as multi-row INSERTs: the driver's fast path short of COPY.
                props.setProperty("reWriteBatchedInserts", "true");
                props.setProperty("connectTimeout", "10");
            }
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + describe() + ": " + StoreException.firstLine(e), e);
        }
    }

    /** The URL without a password, for messages. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

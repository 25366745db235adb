package dev.newsie.store;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real databases for the store tests: a fresh DuckDB file, or a fresh schema on the PostgreSQL server named by
 * {@code NEWSIE_TEST_PG_URL} (default {@value #DEFAULT_PG_URL}; {@code .ci/run} starts one). When that server
 * cannot be reached the PostgreSQL tests fail under CI=true and are skipped, saying so, elsewhere.
 */
public final class TestStores {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://localhost:5432/newsie_test?user=newsie&password=newsie";
    private static final List<String> SCHEMAS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestStores::dropSchemas));
    }

    private TestStores() {
    }

    /** The --db value of a store of the given kind ("duckdb" or "postgresql"), empty and private to the caller. */
    public static String fresh(String kind, Path tmp) {
        return kind.equals("duckdb") ? tmp.resolve("t-" + UUID.randomUUID() + ".duckdb").toString() : freshPostgres();
    }

    /** A URL of the test server with a new, empty schema as its search path. */
    public static synchronized String freshPostgres() {
        String base = pgUrl();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            String schema = "newsie_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            s.execute("CREATE SCHEMA " + schema);
            SCHEMAS.add(schema);
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + base.replaceAll("password=[^&]*", "password=***") + " ("
                    + StoreException.firstLine(e) + "); set NEWSIE_TEST_PG_URL or start it (.ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why, e);
            }
            Assumptions.abort("PostgreSQL tests skipped: " + why);
            throw new IllegalStateException("unreachable");
        }
    }

    static String pgUrl() {
        String url = System.getenv("NEWSIE_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    /** The single value of a query, as a long. */
    public static long count(String db, String sql) {
        try (Connection c = Database.of(db).connectExisting(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    private static synchronized void dropSchemas() {
        if (SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(pgUrl()); Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException ignored) {
            // The server went away before the JVM did; the schemas die with the test database.
        }
    }
}

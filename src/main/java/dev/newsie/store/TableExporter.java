package dev.newsie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every table and view of the store as CSV (UTF-8, header, RFC 4180 quoting) or Parquet, one file each,
 * with DuckDB's COPY. A PostgreSQL store is first streamed into an in-memory DuckDB, so both formats come
 * from the same writer whichever database holds the records.
 */
public final class TableExporter {
    /** The file formats DuckDB's COPY writes for us. */
    public enum Format {
        CSV("csv", "FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"'"),
        PARQUET("parquet", "FORMAT PARQUET");

        final String extension;
        final String copyOptions;

        Format(String extension, String copyOptions) {
            this.extension = extension;
            this.copyOptions = copyOptions;
        }
    }

    private TableExporter() {
    }

    /** Writes {@code DIR/NAME.csv} or {@code .parquet} for every table and view; returns the files written. */
    public static List<Path> export(Database database, Connection source, Format format, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        if (database.dialect() == Dialect.DUCKDB) {
            for (String name : StoreSchema.relationNames()) {
                written.add(copy(source, name, format, dir));
            }
            return written;
        }
        try (Connection staging = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String name : StoreSchema.relationNames()) {
                stage(source, staging, name);
                written.add(copy(staging, name, format, dir));
                try (Statement s = staging.createStatement()) {
                    s.execute("DROP TABLE " + name);
                }
            }
        }
        return written;
    }

    private static Path copy(Connection duckdb, String name, Format format, Path dir) throws SQLException {
        Path out = dir.resolve(name + "." + format.extension);
        try (Statement s = duckdb.createStatement()) {
            s.execute("COPY (SELECT * FROM " + name + ") TO '" + out.toString().replace("'", "''") + "' (" + format.copyOptions + ")");
        }
        return out;
    }

    /** Copies one PostgreSQL table or view into a DuckDB table of the same name and column types. */
    private static void stage(Connection source, Connection staging, String name) throws SQLException {
        boolean autoCommit = source.getAutoCommit();
        source.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
        try (Statement q = source.createStatement()) {
            q.setFetchSize(5000);
            try (ResultSet rs = q.executeQuery("SELECT * FROM " + name)) {
                ResultSetMetaData md = rs.getMetaData();
                List<Table.Column> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(new Table.Column(md.getColumnLabel(i), duckDbType(md.getColumnType(i))));
                }
                Table table = new Table(name, columns, List.of());
                try (Statement s = staging.createStatement()) {
                    s.execute(table.createSql());
                }
                try (DuckDbAppenderSink sink = new DuckDbAppenderSink(staging)) {
                    Object[] row = new Object[columns.size()];
                    while (rs.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = switch (columns.get(i).type()) {
                                case "INTEGER" -> (Integer) rs.getObject(i + 1, Integer.class);
                                case "BIGINT" -> (Long) rs.getObject(i + 1, Long.class);
                                default -> rs.getString(i + 1);
                            };
                        }
                        sink.add(table, row);
                    }
                    sink.finish();
                }
            }
        } finally {
            source.commit();
            source.setAutoCommit(autoCommit);
        }
    }

    private static String duckDbType(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            default -> "VARCHAR";
        };
    }
}

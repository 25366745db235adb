package dev.newsie.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DuckDB's bulk path: one appender per table. With auto-commit off the appender writes into the connection's
 * open transaction, so a batch's rows commit or vanish together with its deletes.
 */
final class DuckDbAppenderSink implements RowSink {
    private final DuckDBConnection connection;
    private final Map<Table, DuckDBAppender> appenders = new LinkedHashMap<>();

    DuckDbAppenderSink(Connection connection) throws SQLException {
        this.connection = connection.unwrap(DuckDBConnection.class);
    }

    @Override
    public void add(Table table, Object... values) throws SQLException {
        DuckDBAppender a = appenders.get(table);
        if (a == null) {
            a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name());
            appenders.put(table, a);
        }
        a.beginRow();
        for (Object v : values) {
            if (v == null) {
                a.appendNull();
            } else if (v instanceof String s) {
                a.append(s);
            } else if (v instanceof Integer i) {
                a.append(i.intValue());
            } else if (v instanceof Long l) {
                a.append(l.longValue());
            } else {
                throw new IllegalArgumentException("no appender type for " + v.getClass().getName());
            }
        }
        a.endRow();
    }

    @Override
    public void finish() throws SQLException {
        for (DuckDBAppender a : appenders.values()) {
            a.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (DuckDBAppender a : appenders.values()) {
            try {
                a.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        appenders.clear();
        if (first != null) {
            throw first;
        }
    }
}

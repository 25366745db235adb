package dev.newsie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portable bulk path (used for PostgreSQL): one prepared INSERT per table, rows added as JDBC batches and
 * sent every {@value #SEND_EVERY} rows; pgjdbc's reWriteBatchedInserts turns each batch into multi-row INSERTs.
 */
final class JdbcBatchSink implements RowSink {
    private static final int SEND_EVERY = 2000;
    private final Connection connection;
    private final Map<Table, PreparedStatement> inserts = new LinkedHashMap<>();
    private final Map<Table, Integer> pending = new LinkedHashMap<>();

    JdbcBatchSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void add(Table table, Object... values) throws SQLException {
        PreparedStatement ps = inserts.get(table);
        if (ps == null) {
            ps = connection.prepareStatement(table.insertSql());
            inserts.put(table, ps);
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, table.columns().get(i).type().equals("VARCHAR") ? Types.VARCHAR
                        : table.columns().get(i).type().equals("BIGINT") ? Types.BIGINT : Types.INTEGER);
            } else if (v instanceof String s) {
                // PostgreSQL text cannot hold NUL; a page with one would fail the whole batch.
                ps.setString(i + 1, s.indexOf('\0') < 0 ? s : s.replace("\0", ""));
            } else {
                ps.setObject(i + 1, v);
            }
        }
        ps.addBatch();
        int n = pending.merge(table, 1, Integer::sum);
        if (n >= SEND_EVERY) {
            ps.executeBatch();
            pending.put(table, 0);
        }
    }

    @Override
    public void finish() throws SQLException {
        for (Map.Entry<Table, PreparedStatement> e : inserts.entrySet()) {
            if (pending.getOrDefault(e.getKey(), 0) > 0) {
                e.getValue().executeBatch();
                pending.put(e.getKey(), 0);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : inserts.values()) {
            ps.close();
        }
        inserts.clear();
    }
}

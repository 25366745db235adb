package dev.newsie.store;

import java.sql.SQLException;

/**
 * Receives the rows of one batch, table by table, through a database's bulk path. Rows are visible only
 * after {@link #finish()}, and only to the transaction they were written in.
 */
public interface RowSink extends AutoCloseable {
    /** One row; values in the table's column order, null for SQL NULL. */
    void add(Table table, Object... values) throws SQLException;

    /** Sends every buffered row to the database (inside the caller's transaction). */
    void finish() throws SQLException;

    @Override
    void close() throws SQLException;
}

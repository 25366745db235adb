package dev.newsie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads record files into the store, {@code batchSize} documents a transaction. Each batch first deletes
 * every row of its documents, then appends their rows: loading a file twice leaves the same rows, a newer
 * record of a document replaces the old one whole, and a crash leaves the database as it was before the
 * batch that was running. Within a batch the last record of a document wins.
 */
public final class RecordLoader {
    private final Database database;
    private final int batchSize;
    private final Consumer<String> progress;

    /** {@code progress} hears one line per committed batch. */
    public RecordLoader(Database database, int batchSize, Consumer<String> progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.database = database;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /**
     * Loads every file in order. Bad lines are skipped and reported to {@code bad} as they are found.
     * @throws StoreException when the database cannot be opened or a batch cannot be written (that batch is rolled back)
     * @throws UncheckedIOException when an input file cannot be read (the batches before it stay loaded)
     */
    public LoadSummary load(List<Path> files, Consumer<BadLine> bad) {
        long started = System.nanoTime();
        List<BadLine> badLines = new ArrayList<>();
        try (Connection c = database.connect()) {
            StoreSchema.create(c, database.dialect());
            c.setAutoCommit(false);
            Batches batches = new Batches(c);
            for (Path file : files) {
                try {
                    RecordFileReader.read(file, batches::add, b -> {
                        badLines.add(b);
                        bad.accept(b);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
                }
            }
            batches.commit();
            return new LoadSummary(batches.records, batches.documents, batches.withErrors, batches.count, badLines,
                    (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new StoreException("cannot load into " + database.describe() + ": " + StoreException.firstLine(e), e);
        }
    }

    /** The batch being filled, and the running totals. */
    private final class Batches {
        private final Connection connection;
        private final Map<String, LoadedRecord> pending = new LinkedHashMap<>();
        private long records, documents, withErrors, count;
        private LoadedRecord last;

        Batches(Connection connection) {
            this.connection = connection;
        }

        void add(LoadedRecord r) {
            records++;
            pending.remove(r.record().id());
            pending.put(r.record().id(), r);
            last = r;
            if (pending.size() >= batchSize) {
                commit();
            }
        }

        /** Commits the pending batch; a failure is rolled back and named by the line the batch ends at. */
        void commit() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                write();
            } catch (SQLException e) {
                throw new StoreException("cannot load into " + database.describe() + " (batch ending at " + last.file()
                        + ":" + last.line() + "; rolled back): " + StoreException.firstLine(e), e);
            }
            documents += pending.size();
            count++;
            progress.accept("batch " + count + ": " + pending.size() + " documents committed (" + records + " records read)");
            pending.clear();
        }

        private void write() throws SQLException {
            try {
                deleteOld(new ArrayList<>(pending.keySet()));
                try (RowSink sink = database.dialect() == Dialect.DUCKDB ? new DuckDbAppenderSink(connection) : new JdbcBatchSink(connection)) {
                    for (LoadedRecord r : pending.values()) {
                        RecordRows.write(r, sink);
                        if (!r.record().errors().isEmpty()) {
                            withErrors++;
                        }
                    }
                    sink.finish();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private void deleteOld(List<String> ids) throws SQLException {
            String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
            for (Table t : StoreSchema.TABLES) {
                try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + t.name() + " WHERE doc_id IN (" + marks + ")")) {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(i + 1, ids.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        }
    }
}

package dev.newsie.store;

import java.util.List;
import java.util.stream.Collectors;

/** One table of the store: its columns in insert order and its key. Every table but documents hangs off doc_id. */
public record Table(String name, List<Column> columns, List<String> primaryKey) {
    /** A column and its SQL type; the types are spelled the same in DuckDB and PostgreSQL. */
    public record Column(String name, String type) {
    }

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    String createSql() {
        String cols = columns.stream().map(c -> c.name() + " " + c.type() + (c.name().equals("doc_id") ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        String key = primaryKey.isEmpty() ? "" : ", PRIMARY KEY (" + String.join(", ", primaryKey) + ")";
        return "CREATE TABLE IF NOT EXISTS " + name + " (" + cols + key + ")";
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }
}

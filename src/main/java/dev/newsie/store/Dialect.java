package dev.newsie.store;

/** The databases newsie loads into; the schema is the same in both, only the bulk path differs. */
public enum Dialect {
    /** Embedded, one file; loaded through DuckDB's appender. */
    DUCKDB,
    /** A server; loaded through batched inserts (the driver rewrites them into multi-row INSERTs). */
    POSTGRESQL
}

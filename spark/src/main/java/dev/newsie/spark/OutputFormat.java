package dev.newsie.spark;

/** What the job writes: the CLI's JSON Lines, or Parquet with the same (nested) fields partitioned by month. */
public enum OutputFormat { JSONL, PARQUET }

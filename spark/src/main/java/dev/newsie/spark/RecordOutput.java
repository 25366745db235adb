package dev.newsie.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

/**
 * Writes the records through Spark's data source writers, so output goes through Hadoop's output committers:
 * a task attempt writes to its own temporary files, only the attempt that succeeds is committed, and a
 * retried or speculative task never leaves a second copy of a page. JSON Lines part files hold the CLI's lines
 * unchanged; Parquet holds the same fields, parsed into {@link RecordSchema#RECORD}.
 */
public final class RecordOutput {
    private RecordOutput() {
    }

    public static void write(SparkSession spark, JavaRDD<String> lines, OutputFormat format, String out, boolean overwrite) {
        Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        switch (format) {
            case JSONL -> json.write().mode(mode).text(out);
            case PARQUET -> {
                Dataset<Row> records = spark.read().schema(RecordSchema.RECORD).option("mode", "FAILFAST").json(json);
                records.withColumn(RecordSchema.MONTH, nullif(regexp_extract(col("published"), "^(\\d{4}-\\d{2})", 1), lit("")))
                        .write().mode(mode).partitionBy(RecordSchema.MONTH).parquet(out);
            }
        }
    }

    /** The id and errors of every record written, read back from the output (what the run summary counts). */
    public static Dataset<Row> errorsWritten(SparkSession spark, OutputFormat format, String out) {
        return switch (format) {
            case JSONL -> spark.read().schema(RecordSchema.ERRORS).json(out);
            case PARQUET -> spark.read().schema(RecordSchema.ERRORS).parquet(out);
        };
    }
}

package dev.newsie.spark;

import dev.newsie.pipeline.Extractors;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The job's entry point, for {@code spark-submit --class dev.newsie.spark.SparkJob newsie-spark.jar INPUT… --out DIR}
 * and for {@code ./newsie spark}. Exit status: 0 when the job ran (error records are part of its output and
 * counted in the summary; a non-zero status would make a cluster manager retry the whole application), 2 when
 * it could not start (bad arguments, missing input, an output that exists).
 */
@Command(name = "newsie spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run newsie's extraction as an Apache Spark job: one record per page, written as part files.")
public final class SparkJob implements Callable<Integer> {
    static final int EXIT_USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files or directories on any Hadoop file system (local, hdfs://, s3a://): .html .htm .txt pages, .jsonl dumps, .warc archives (each optionally .gz).")
    List<String> inputs;

    @Option(names = "--out", required = true, description = "Output directory (part files and _SUCCESS).")
    String out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the CLI's lines) or parquet (partitioned by publication month); default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--ner", defaultValue = "default", description = "Analysis backend, as for newsie extract (default: ${DEFAULT-VALUE}).")
    String ner;

    @Option(names = "--master", description = "Spark master, e.g. local[2]; default: what spark-submit sets, else local[*].")
    String master;

    @Option(names = "--overwrite", description = "Replace an existing output directory.")
    boolean overwrite;

    @Option(names = "--partitions", description = "Tasks that share the pages of page files and archives (default: four per core).")
    int partitions;

    @Option(names = "--max-page-bytes", description = "Pages larger than this become error records (default: ${DEFAULT-VALUE}).")
    long maxPageBytes = 8L << 20;

    @Option(names = "--page-timeout", description = "Per-page time limit in milliseconds (default: ${DEFAULT-VALUE}).")
    long pageTimeoutMillis = 60_000;

    @Override
    public Integer call() {
        OutputFormat fmt;
        try {
            fmt = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("newsie spark: unknown --format '" + format + "' (jsonl or parquet)");
            return EXIT_USAGE;
        }
        if (!Extractors.NAMES.contains(ner)) {
            System.err.println("newsie spark: unknown --ner '" + ner + "' (one of " + String.join(", ", Extractors.NAMES) + ")");
            return EXIT_USAGE;
        }
        if (maxPageBytes < 1 || pageTimeoutMillis < 1 || partitions < 0) {
            System.err.println("newsie spark: --max-page-bytes and --page-timeout must be positive, --partitions at least 0");
            return EXIT_USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("newsie");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            NewsieSparkJob.Request request = new NewsieSparkJob.Request(inputs, out, fmt, overwrite,
                    new JobSettings(ner, maxPageBytes, pageTimeoutMillis), partitions);
            RunSummary summary = new NewsieSparkJob(spark).run(request);
            LOG.info("newsie spark: {} -> {}\n{}", inputs, out, summary.describe());
            return 0;
        } catch (InputListing.InputException e) {
            System.err.println("newsie spark: input " + e.getMessage());
            return EXIT_USAGE;
        } catch (OutputExistsException e) {
            System.err.println("newsie spark: " + e.getMessage());
            return EXIT_USAGE;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        int status = new CommandLine(new SparkJob()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}

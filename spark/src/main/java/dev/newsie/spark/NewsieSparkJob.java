package dev.newsie.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The CLI's pipeline as one Spark job: input files listed on the driver, pages read by the tasks with the CLI's
 * sources, each page through the CLI's {@code PagePipeline} on the executor's shared models, one JSON line per
 * page written through Spark's committers, and a summary counted from what was written.
 */
public final class NewsieSparkJob {
    /** What to run. {@code partitions}: how many tasks share the pages of page files and archives (0: four per core). */
    public record Request(List<String> inputs, String out, OutputFormat format, boolean overwrite, JobSettings settings,
                          int partitions) {
    }

    private final SparkSession spark;

    public NewsieSparkJob(SparkSession spark) {
        this.spark = spark;
    }

    public RunSummary run(Request request) {
        return run(request, UnaryOperator.identity());
    }

    /**
     * Runs the job; {@code beforeWrite} may wrap the records just before they are written (the tests use it to
     * fail a task attempt part-way through its output).
     */
    public RunSummary run(Request request, UnaryOperator<JavaRDD<String>> beforeWrite) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        List<InputFile> files = new InputListing(hadoop).list(request.inputs());
        if (!request.overwrite()) {
            OutputExistsException.check(request.out(), hadoop);
        }
        JavaRDD<PageData> pages = pages(sc, files, HadoopSettings.of(hadoop), request.partitions());

        JobSettings settings = request.settings();
        LongAccumulator pagesIn = sc.sc().longAccumulator("newsie pages in");
        JavaRDD<String> lines = pages.map(p -> {
            pagesIn.add(1);
            return PageRecords.toJson(p, settings);
        });
        sc.setJobDescription("newsie: " + files.size() + " input files -> " + request.out());
        RecordOutput.write(spark, beforeWrite.apply(lines), request.format(), request.out(), request.overwrite());

        sc.setJobDescription("newsie: run summary");
        JavaRDD<Row> written = RecordOutput.errorsWritten(spark, request.format(), request.out()).javaRDD();
        long records = written.count();
        Map<String, Long> errors = written
                .flatMap(r -> {
                    List<String> kinds = new ArrayList<>();
                    if (!r.isNullAt(1)) {
                        for (Row e : r.<Row>getList(1)) {
                            kinds.add(RunSummary.kind(e.getString(0), e.getString(1)));
                        }
                    }
                    return kinds.iterator();
                })
                .countByValue();
        return new RunSummary(pagesIn.value(), records, errors, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Split size for JSON Lines dumps, unless the user set one: every core gets a few splits, so no task is left
     * running alone at the end (Spark's own file sources size splits the same way), between 64 KiB and 128 MiB.
     */
    private static Configuration splitting(Configuration hadoop, List<InputFile> files, int spread) {
        if (hadoop.get(MAX_SPLIT) == null) {
            long bytes = files.stream().filter(f -> f.reading() == InputFile.Reading.SPLIT_LINES).mapToLong(InputFile::bytes).sum();
            hadoop.setLong(MAX_SPLIT, Math.max(64L << 10, Math.min(128L << 20, bytes / spread)));
        }
        return hadoop;
    }

    private static final String MAX_SPLIT = "mapreduce.input.fileinputformat.split.maxsize";

    private static JavaRDD<PageData> pages(JavaSparkContext sc, List<InputFile> files, HadoopSettings hadoop, int partitions) {
        int spread = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        List<InputFile> pageFiles = new ArrayList<>();
        List<InputFile> archives = new ArrayList<>();
        List<JavaRDD<PageData>> parts = new ArrayList<>();
        Configuration splitting = splitting(hadoop.toConfiguration(), files, spread);
        for (InputFile f : files) {
            switch (f.reading()) {
                case PAGE -> pageFiles.add(f);
                case ARCHIVE -> archives.add(f);
                case SPLIT_LINES -> parts.add(JsonLinesSplitReader.read(sc, f, splitting));
            }
        }
        if (!pageFiles.isEmpty()) {
            parts.add(0, sc.parallelize(pageFiles, Math.min(pageFiles.size(), spread)).flatMap(f -> WholeFileReader.read(f, hadoop)));
        }
        if (!archives.isEmpty()) {
            // One task reads an archive through; its pages, the expensive part, are then shared by all tasks.
            parts.add(sc.parallelize(archives, archives.size()).flatMap(f -> WholeFileReader.read(f, hadoop)).repartition(spread));
        }
        if (parts.isEmpty()) {
            return sc.emptyRDD();
        }
        JavaRDD<PageData> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }
}

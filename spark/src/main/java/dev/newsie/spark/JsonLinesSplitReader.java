package dev.newsie.spark;

import dev.newsie.ingest.JsonLinesSource;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.net.URI;
import java.nio.file.Path;

/**
 * An uncompressed JSON Lines dump read by many tasks: Hadoop's {@link TextInputFormat} cuts it into ranges of
 * lines at split boundaries, and each line is parsed by the CLI's own {@link JsonLinesSource#line}. Line numbers
 * (which name lines without an id, and appear in messages) are global, as in the CLI: {@code zipWithIndex}
 * counts the lines of the earlier splits first (one cheap extra pass that reads but does not parse).
 */
public final class JsonLinesSplitReader {
    private JsonLinesSplitReader() {
    }

    public static JavaRDD<PageData> read(JavaSparkContext sc, InputFile file, Configuration hadoop) {
        String label = labelPath(file.uri());
        return sc.newAPIHadoopFile(file.uri(), TextInputFormat.class, LongWritable.class, Text.class, hadoop)
                // Hadoop reuses one Text per reader: decode every line before it moves on.
                .map(kv -> kv._2().toString())
                .zipWithIndex()
                .filter(lineNo -> !lineNo._1().isBlank())
                .map(lineNo -> PageData.of(JsonLinesSource.line(Path.of(label), lineNo._1(), Math.toIntExact(lineNo._2() + 1))));
    }

    /** The path the CLI would print for this file: the local path, or the URI of a remote file. */
    private static String labelPath(String uri) {
        URI u = URI.create(uri);
        return "file".equals(u.getScheme()) ? Path.of(u).toString() : uri;
    }
}

package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parquet output: the CLI's records field for field, nested as in JSON, partitioned by publication month. */
class RecordOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parquetHoldsEveryFieldOfTheClisRecordsPartitionedByMonth(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("parquet");
        new NewsieSparkJob(LocalSpark.session()).run(new NewsieSparkJob.Request(List.of(TestInputs.CORPUS.toString()),
                out.toString(), OutputFormat.PARQUET, false, new JobSettings("default", 8L << 20, 60_000), 0));

        Dataset<Row> rows = LocalSpark.session().read().parquet(out.toString());
        Map<String, JsonNode> parquet = new HashMap<>();
        Set<String> months = new TreeSet<>();
        boolean undated = false;
        for (String line : rows.toJSON().collectAsList()) {
            ObjectNode n = (ObjectNode) JSON.readTree(line);
            JsonNode month = n.remove(RecordSchema.MONTH);
            JsonNode published = n.get("published");
            assertEquals(published == null ? null : published.asText().substring(0, 7), month == null ? null : month.asText());
            if (month != null) {
                months.add(month.asText());
            } else {
                undated = true;
            }
            parquet.put(n.get("id").asText(), n);
        }
        Map<String, JsonNode> cli = new HashMap<>();
        for (String line : TestInputs.cliLines(List.of(TestInputs.CORPUS))) {
            JsonNode n = JSON.readTree(line);
            cli.put(n.get("id").asText(), n);
        }
        // Same fields and values; only the order of an object's fields may differ (JSON objects are unordered).
        assertEquals(cli, parquet);
        Set<String> dirs;
        try (Stream<Path> s = Files.list(out)) {
            dirs = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(RecordSchema.MONTH)).collect(Collectors.toSet());
        }
        assertTrue(months.size() >= 2, "corpus articles span several months: " + months);
        Set<String> expected = months.stream().map(m -> RecordSchema.MONTH + "=" + m).collect(Collectors.toSet());
        if (undated) {
            expected.add(RecordSchema.MONTH + "=__HIVE_DEFAULT_PARTITION__"); // a page that shows no date
        }
        assertEquals(expected, dirs);
    }
}

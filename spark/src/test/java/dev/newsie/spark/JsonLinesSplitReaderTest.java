package dev.newsie.spark;

import dev.newsie.ingest.JsonLinesSource;
import dev.newsie.ingest.RawPage;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dump read by several tasks gives the pages, ids and line numbers the CLI's single reader gives. */
class JsonLinesSplitReaderTest {
    @Test
    void aDumpSplitAcrossTasksGivesTheCliReadersPagesWithGlobalLineNumbers(@TempDir Path tmp) throws Exception {
        Path dump = tmp.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(switch (i % 4) {
                case 0 -> "{\"id\": \"p" + i + "\", \"text\": \"杭州市与波尔图市签署友好城市协议。第" + i + "段。\"}\n";
                case 1 -> "{\"text\": \"没有编号的一页，第" + i + "行。\"}\n"; // named by its line number
                case 2 -> "\n"; // blank lines are skipped but counted, as in the CLI
                default -> "{broken line " + i + "\r\n";
            });
        }
        Files.writeString(dump, sb.toString());
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        Configuration hadoop = new Configuration(sc.hadoopConfiguration());
        hadoop.setLong("mapreduce.input.fileinputformat.split.maxsize", 1024);

        JavaRDD<PageData> pages = JsonLinesSplitReader.read(sc, new InputFile(dump.toUri().toString(), Files.size(dump),
                InputFile.Reading.SPLIT_LINES), hadoop);
        assertTrue(pages.getNumPartitions() > 4, "a dump of " + Files.size(dump) + " bytes in 1 KiB splits: " + pages.getNumPartitions());

        List<RawPage> cli = new ArrayList<>();
        new JsonLinesSource(dump).read(cli::add);
        List<PageData> spark = pages.collect();
        assertEquals(cli.size(), spark.size());
        for (int i = 0; i < cli.size(); i++) {
            RawPage want = cli.get(i);
            PageData got = spark.get(i);
            assertEquals(want.id(), got.id());
            assertEquals(want.uri(), got.uri());
            assertEquals(want.ingestError(), got.ingestError());
            assertArrayEquals(want.bytes(), got.bytes());
        }
        assertEquals("big.jsonl:198", spark.get(spark.size() - 2).id());
    }
}

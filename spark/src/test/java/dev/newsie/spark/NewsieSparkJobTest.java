package dev.newsie.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job in local mode against the CLI run in this JVM: same pages in, same records out, each exactly once. */
class NewsieSparkJobTest {
    private static final JobSettings DEFAULT = new JobSettings("default", 8L << 20, 60_000);

    private static RunSummary run(List<Path> inputs, Path out, OutputFormat format) {
        return new NewsieSparkJob(LocalSpark.session()).run(request(inputs, out, format));
    }

    private static NewsieSparkJob.Request request(List<Path> inputs, Path out, OutputFormat format) {
        return new NewsieSparkJob.Request(inputs.stream().map(Path::toString).toList(), out.toString(), format, false, DEFAULT, 0);
    }

    @Test
    void corpusGivesTheClisRecordsWithModelsLoadedOnce(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        RunSummary summary = run(List.of(TestInputs.CORPUS), out, OutputFormat.JSONL);

        Map<String, String> cli = TestInputs.byId(TestInputs.cliLines(List.of(TestInputs.CORPUS)));
        Map<String, String> spark = TestInputs.byId(TestInputs.partLines(out));
        assertEquals(5, cli.size());
        assertEquals(cli, spark);
        assertEquals(5, summary.pagesIn());
        assertEquals(5, summary.recordsOut());
        assertEquals(0, summary.errorRecords());
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        assertEquals(1, ExecutorModels.loads(), "models load once per executor JVM, not per task or page");
    }

    @Test
    void dumpsArchivesAndHostilePagesGiveOneRecordPerPageAsTheCli(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("dump.jsonl"), TestInputs.corpusDump("jsonl-")
                + "{not json\n{\"url\": \"https://example.org/no-id\", \"text\": \"短\"}\n{\"id\": \"empty-line-object\"}\n[]\n");
        Files.write(in.resolve("dump2.jsonl.gz"), TestInputs.gzip(TestInputs.corpusDump("gz-").getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("crawl.warc.gz"), TestInputs.gzip(TestInputs.corpusWarc("a.example.org")));
        Files.write(in.resolve("crawl2.warc"), TestInputs.corpusWarc("b.example.org"));
        byte[] warc = TestInputs.corpusWarc("c.example.org");
        Files.write(in.resolve("truncated.warc"), Arrays.copyOf(warc, warc.length * 2 / 3));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(in.resolve("binary.html"), binary);
        byte[] gz = TestInputs.gzip(Files.readAllBytes(TestInputs.corpusFiles().get(0)));
        Files.write(in.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(in.resolve("english.html"), "<html><body><p>Nothing but English words here.</p></body></html>");

        Path out = tmp.resolve("out");
        RunSummary summary = run(List.of(in), out, OutputFormat.JSONL);

        List<String> cliLines = TestInputs.cliLines(List.of(in));
        List<String> sparkLines = TestInputs.partLines(out);
        assertEquals(cliLines.size(), sparkLines.size(), "pages in = records out, as in the CLI");
        assertEquals(TestInputs.byId(cliLines), TestInputs.byId(sparkLines));
        assertEquals(cliLines.size(), summary.pagesIn());
        assertEquals(cliLines.size(), summary.recordsOut());
        long cliErrors = cliLines.stream().filter(l -> !l.endsWith("\"errors\":[]}")).count();
        assertTrue(cliErrors >= 8, "the hostile pages are error records: " + cliErrors);
        assertEquals(cliErrors, summary.errorRecords());
    }

    @Test
    void aTaskAttemptThatFailsPartWayIsRetriedWithoutDuplicates(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        RunSummary summary = new NewsieSparkJob(LocalSpark.session())
                .run(request(List.of(TestInputs.CORPUS), out, OutputFormat.JSONL), NewsieSparkJobTest::failFirstAttemptAfterOneRecord);

        Map<String, String> spark = TestInputs.byId(TestInputs.partLines(out)); // fails on a page written twice
        assertEquals(TestInputs.byId(TestInputs.cliLines(List.of(TestInputs.CORPUS))), spark);
        assertEquals(5, summary.recordsOut());
    }

    /** Every task's first attempt writes one record and then dies, as an executor lost mid-task would. */
    private static JavaRDD<String> failFirstAttemptAfterOneRecord(JavaRDD<String> lines) {
        return lines.mapPartitions(records -> {
            boolean doomed = TaskContext.get().attemptNumber() == 0;
            return new Iterator<String>() {
                int given;

                @Override
                public boolean hasNext() {
                    if (doomed && given == 1) {
                        throw new IllegalStateException("injected failure of the first attempt");
                    }
                    return records.hasNext();
                }

                @Override
                public String next() {
                    given++;
                    return records.next();
                }
            };
        });
    }

    @Test
    void refusesAMissingInputAndAnExistingOutputBeforeReadingAnything(@TempDir Path tmp) throws Exception {
        assertThrows(InputListing.InputException.class,
                () -> run(List.of(tmp.resolve("nowhere")), tmp.resolve("out"), OutputFormat.JSONL));
        Path existing = Files.createDirectory(tmp.resolve("existing"));
        assertThrows(OutputExistsException.class, () -> run(List.of(TestInputs.CORPUS), existing, OutputFormat.JSONL));
    }
}

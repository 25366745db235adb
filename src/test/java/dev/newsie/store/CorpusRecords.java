package dev.newsie.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.TestPipelines;
import dev.newsie.ingest.Inputs;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.ResumeState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The records of corpus/ as {@code newsie extract} writes them, made once per test JVM. */
public final class CorpusRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path file;

    private CorpusRecords() {
    }

    /** A JSON Lines file of the five corpus records. */
    public static synchronized Path file() {
        if (file == null) {
            try {
                Path f = Files.createTempFile("newsie-corpus-records", ".jsonl");
                f.toFile().deleteOnExit();
                try (java.io.OutputStream out = Files.newOutputStream(f)) {
                    new BatchRunner(TestPipelines.extracting(), new BatchRunner.Options(1, 60_000, false))
                            .run(Inputs.sources(List.of(Path.of("corpus"))), ResumeState.none(),
                                    new dev.newsie.pipeline.RecordWriter(out, f.toString()));
                }
                file = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The corpus records repeated under new ids ({@code copy-00000}…) up to {@code n} lines: a bigger dump. */
    public static Path repeated(Path dir, int n) throws IOException {
        List<String> lines = Files.readAllLines(file());
        Path out = dir.resolve("repeated-" + n + ".jsonl");
        try (Writer w = Files.newBufferedWriter(out)) {
            for (int i = 0; i < n; i++) {
                ObjectNode r = (ObjectNode) JSON.readTree(lines.get(i % lines.size()));
                r.put("id", String.format("copy-%05d", i));
                w.write(JSON.writeValueAsString(r));
                w.write('\n');
            }
        }
        return out;
    }
}

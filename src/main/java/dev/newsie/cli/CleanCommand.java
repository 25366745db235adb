package dev.newsie.cli;

import dev.newsie.pipeline.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code newsie clean}: ingest, decode, clean and normalise; one record per page without entities or events. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean pages into articles (title, date, source, body, normalised text), one JSON line per page.")
public final class CleanCommand implements Callable<Integer> {
    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() {
        return batch.run(() -> ArticleExtractor.NONE);
    }
}

package dev.newsie.cli;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.pipeline.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code newsie extract}: the whole pipeline, one record per page with entities, events and relations. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract records (entities, events, relations) from pages, one JSON line per page.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    BatchOptions batch;

    @Option(names = "--ner", defaultValue = "default",
            description = "Analysis backend: default, hanlp, corenlp, corenlp-near-names, gazetteer, hanlp-only, corenlp-only (default: ${DEFAULT-VALUE}).")
    String ner;

    @Override
    public Integer call() {
        if (!Extractors.NAMES.contains(ner)) {
            System.err.println("newsie extract: unknown --ner '" + ner + "' (one of " + String.join(", ", Extractors.NAMES) + ")");
            return NewsieCommand.EXIT_USAGE;
        }
        CanonicalNames names = CanonicalNames.load();
        return batch.run(() -> Extractors.create(ner, names));
    }
}

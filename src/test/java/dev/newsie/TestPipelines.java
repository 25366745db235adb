package dev.newsie;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.pipeline.Extractors;
import dev.newsie.pipeline.PagePipeline;

/** Pipelines shared by every test in the JVM, so models load once (CoreNLP has its own shared instance). */
public final class TestPipelines {
    private static PagePipeline extracting;

    private TestPipelines() {
    }

    /** The default extractor's pipeline, built on first use. */
    public static synchronized PagePipeline extracting() {
        if (extracting == null) {
            extracting = new PagePipeline(Extractors.create("default", CanonicalNames.load()), 8L << 20);
        }
        return extracting;
    }
}

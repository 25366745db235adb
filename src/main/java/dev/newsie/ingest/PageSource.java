package dev.newsie.ingest;

import java.util.function.Consumer;

/**
 * One input (a file, a JSON Lines dump, a WARC archive) that yields pages in order. A damaged part of
 * the input yields a {@link RawPage#failed} page naming the problem instead of stopping the source.
 */
public interface PageSource {
    /** Sends every page of this input to {@code sink}, in input order. */
    void read(Consumer<RawPage> sink);

    /** A short description for messages: the path. */
    String name();

    /** Thrown by a sink to stop reading (the run was asked to stop); sources let it through. */
    final class Stop extends RuntimeException {
        public Stop() {
            super("stop reading", null, false, false);
        }
    }
}

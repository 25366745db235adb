package dev.newsie.ingest;

import java.io.IOException;

/** One page could not be read whole within the {@link IngestLimits}: too large, or too slow. */
final class PageReadException extends IOException {
    PageReadException(String message) {
        super(message);
    }
}

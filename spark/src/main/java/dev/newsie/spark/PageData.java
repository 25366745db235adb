package dev.newsie.spark;

import dev.newsie.ingest.RawPage;

import java.io.Serializable;

/**
 * A {@link RawPage} in a form Spark can ship between tasks (the ingest record itself is not serialisable).
 * Carries exactly what the CLI's page pipeline reads, so a page processed on an executor gives the same record.
 */
public record PageData(String id, String uri, byte[] bytes, String declaredCharset, RawPage.Kind kind,
                       String ingestError) implements Serializable {
    public static PageData of(RawPage p) {
        return new PageData(p.id(), p.uri(), p.bytes(), p.declaredCharset(), p.kind(), p.ingestError());
    }

    public RawPage toRawPage() {
        return new RawPage(id, uri, bytes, declaredCharset, kind, ingestError);
    }
}

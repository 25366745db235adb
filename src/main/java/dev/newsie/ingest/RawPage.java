package dev.newsie.ingest;

/**
 * One page as read from a dump, before decoding. {@code declaredCharset} is what the container said
 * (HTTP header, JSON Lines text already decoded as UTF-8), or null. A page the reader could not take
 * out of its container intact carries {@code ingestError} instead of bytes, so it still yields a record.
 */
public record RawPage(String id, String uri, byte[] bytes, String declaredCharset, Kind kind, String ingestError) {
    /** What the bytes hold. */
    public enum Kind { HTML, TEXT, UNKNOWN }

    public static RawPage failed(String id, String uri, String error) {
        return new RawPage(id, uri, new byte[0], null, Kind.UNKNOWN, error);
    }

    /** The same page under another id (a run makes ids unique: {@code x}, {@code x~2}). */
    public RawPage withId(String newId) {
        return new RawPage(newId, uri, bytes, declaredCharset, kind, ingestError);
    }

    public boolean failed() {
        return ingestError != null;
    }
}

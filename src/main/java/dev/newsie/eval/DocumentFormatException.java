package dev.newsie.eval;

/** A gold or prediction file that cannot be read as GOLD.md or DESIGN.md says; the message names the file. */
public class DocumentFormatException extends RuntimeException {
    public DocumentFormatException(String message) {
        super(message);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.newsie.pipeline;

/** The output could not be written (disk full, closed pipe): the run stops, saying what was written. */
public final class OutputFailedException extends RuntimeException {
    public OutputFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

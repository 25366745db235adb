package dev.newsie.store;

/** An input line that is not a record: skipped, and reported as {@code file:line: reason}. */
public record BadLine(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

package dev.newsie.store;

/**
 * The database could not be opened, reached or written: the message names the database and what went wrong,
 * in one line a user can act on. The commands turn it into exit status 2.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of a driver's message: DuckDB's span several lines (LINE 1: …, a caret). */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}

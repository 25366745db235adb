package dev.newsie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line inputs into page sources by their names: directories recursively, .html/.htm/.txt
 * pages, .jsonl dumps and .warc archives, each optionally gzipped.
 */
public final class Inputs {
    private Inputs() {
    }

    /** Thrown when an input cannot be used at all (missing, unreadable): the run cannot start. */
    public static final class InputException extends RuntimeException {
        public InputException(String message) {
            super(message);
        }
    }

    public static List<PageSource> sources(List<Path> inputs) {
        List<PageSource> out = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or directory");
            }
            if (!Files.isReadable(p)) {
                throw new InputException(p + ": permission denied");
            }
            if (Files.isDirectory(p)) {
                out.addAll(directory(p));
            } else {
                out.add(source(p, true));
            }
        }
        return out;
    }

    private static List<PageSource> directory(Path dir) {
        List<PageSource> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                PageSource src = source(f, false);
                if (src != null) {
                    out.add(src);
                }
            }
        } catch (UncheckedIOException e) {
            throw new InputException(dir + ": cannot read directory: " + describe(e.getCause()));
        } catch (IOException e) {
            throw new InputException(dir + ": cannot read directory: " + describe(e));
        }
        return out;
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied (" + e.getMessage() + ")" : e.toString();
    }

    /** The source for one file by its name; for a file named explicitly an unknown extension is read as a page. */
    static PageSource source(Path f, boolean explicit) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return new JsonLinesSource(f);
        }
        if (base.endsWith(".warc")) {
            return new WarcSource(f);
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".txt") || explicit) {
            return new FileSource(f);
        }
        return null;
    }
}

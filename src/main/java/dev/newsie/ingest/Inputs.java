package dev.newsie.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns command-line inputs into page sources by their names: directories recursively (symbolic links
 * followed, loops reported), .html/.htm/.txt pages, .jsonl dumps and .warc archives, each optionally
 * gzipped. What cannot be read inside a directory (a locked folder or file, a link loop, a FIFO named like a
 * page) becomes a source of one error record, so the run goes on. The run's own output is never an input.
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

    /** The sources of {@code inputs}, read without limits (the evaluation over the bundled corpus). */
    public static List<PageSource> sources(List<Path> inputs) {
        return sources(inputs, IngestLimits.NONE, null, note -> { });
    }

    /**
     * The sources of {@code inputs}, each reading pages within {@code limits}. {@code output} (may be null) is
     * the file the run writes: naming it as an input is refused, and inside an input folder it is left out of
     * the walk with a note, so a run never reads back, or truncates, what it reads.
     */
    public static List<PageSource> sources(List<Path> inputs, IngestLimits limits, Path output, Consumer<String> notes) {
        Path out = output == null ? null : identity(output);
        List<PageSource> all = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or directory" + (Files.isSymbolicLink(p) ? " (dangling symbolic link)" : ""));
            }
            if (!Files.isReadable(p)) {
                throw new InputException(p + ": permission denied");
            }
            if (out != null && out.equals(identity(p))) {
                throw new InputException(p + " is also the output (-o): refusing to overwrite an input");
            }
            if (Files.isDirectory(p)) {
                all.addAll(directory(p, limits, out, notes));
            } else {
                all.add(source(p, true, limits));
            }
        }
        return all;
    }

    /** A path as the file it names: links and relative parts resolved as far as the file system has them. */
    private static Path identity(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            try {
                return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e2) {
                return abs;
            }
        }
    }

    private static List<PageSource> directory(Path dir, IngestLimits limits, Path output, Consumer<String> notes) {
        // Sorted by path so the order of records (and so --resume and page keys) does not depend on the file system.
        Map<Path, PageSource> found = new TreeMap<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (output != null && attrs.isRegularFile() && output.equals(identity(file))) {
                        notes.accept("input " + file + " is the output (-o): left out of the inputs");
                        return FileVisitResult.CONTINUE;
                    }
                    PageSource src = source(file, false, limits);
                    if (src != null) {
                        found.put(file, src);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.put(file, new FailedSource(file, describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(dir + ": cannot read directory: " + describe(e));
        }
        return new ArrayList<>(found.values());
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: this folder contains itself; not read again";
        }
        return "cannot read: " + e;
    }

    /**
     * The source for one file by its name; for a file named explicitly an unknown extension is read as a page.
     * Special files (FIFOs, devices) named like pages get a source too: it yields their error record unopened.
     */
    static PageSource source(Path f, boolean explicit, IngestLimits limits) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return new JsonLinesSource(f, limits);
        }
        if (base.endsWith(".warc")) {
            return new WarcSource(f, limits);
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".txt") || explicit) {
            return new FileSource(f, limits);
        }
        return null;
    }
}

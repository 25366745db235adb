package dev.newsie.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Tells regular files from FIFOs, devices and sockets before anything opens them: opening a FIFO blocks. */
final class SpecialFiles {
    private SpecialFiles() {
    }

    /** Why {@code file} is not read as a page, or null when it is a regular file (links followed). */
    static String describe(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // reading it reports the real problem (permission, vanished file)
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "is a directory, not a page file";
        }
        return "not a regular file (a FIFO, device or socket): only regular files are read";
    }
}

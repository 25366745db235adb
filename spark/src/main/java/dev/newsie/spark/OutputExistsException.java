package dev.newsie.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The output directory exists and {@code --overwrite} was not given: checked before any page is read. */
public final class OutputExistsException extends RuntimeException {
    OutputExistsException(String out) {
        super("output " + out + " exists (remove it or pass --overwrite)");
    }

    static void check(String out, Configuration hadoop) {
        Path p = new Path(out);
        try {
            if (p.getFileSystem(hadoop).exists(p)) {
                throw new OutputExistsException(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check output " + out + ": " + e.getMessage(), e);
        }
    }
}

package dev.newsie.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Expands the job's INPUT arguments into files on any Hadoop file system (local, HDFS, S3A), with the CLI's
 * rules ({@code dev.newsie.ingest.Inputs}): directories are searched recursively in name order and keep
 * .html/.htm/.txt pages, .jsonl/.ndjson dumps and .warc archives, each optionally gzipped; a file named
 * explicitly is read whatever its extension. Runs on the driver.
 */
public final class InputListing {
    /** Thrown when an input cannot be used at all: the job does not start. */
    public static final class InputException extends RuntimeException {
        public InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Configuration hadoop;

    public InputListing(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    public List<InputFile> list(List<String> inputs) {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            try {
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus st = fs.getFileStatus(p);
                if (st.isDirectory()) {
                    List<InputFile> found = new ArrayList<>();
                    walk(fs, st.getPath(), found);
                    found.sort(Comparator.comparing(InputFile::uri)); // the CLI's order: the walk sorted by path
                    out.addAll(found);
                } else {
                    out.add(file(st, true));
                }
            } catch (FileNotFoundException e) {
                throw new InputException(input + ": no such file or directory", e);
            } catch (IOException e) {
                throw new InputException(input + ": cannot read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private void walk(FileSystem fs, Path dir, List<InputFile> out) throws IOException {
        for (FileStatus c : fs.listStatus(dir)) {
            if (c.isDirectory()) {
                walk(fs, c.getPath(), out);
            } else if (c.isFile()) {
                InputFile f = file(c, false);
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    private static InputFile file(FileStatus st, boolean explicit) {
        String n = st.getPath().getName().toLowerCase(Locale.ROOT);
        boolean gz = n.endsWith(".gz");
        String base = gz ? n.substring(0, n.length() - 3) : n;
        String uri = st.getPath().toUri().toString();
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            // A gzip stream cannot be entered in the middle, so a gzipped dump is read by one task.
            return new InputFile(uri, st.getLen(), gz ? InputFile.Reading.ARCHIVE : InputFile.Reading.SPLIT_LINES);
        }
        if (base.endsWith(".warc")) {
            return new InputFile(uri, st.getLen(), InputFile.Reading.ARCHIVE);
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".txt") || explicit) {
            return new InputFile(uri, st.getLen(), InputFile.Reading.PAGE);
        }
        return null;
    }
}

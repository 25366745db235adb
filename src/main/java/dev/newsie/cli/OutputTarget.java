package dev.newsie.cli;

import dev.newsie.pipeline.RecordWriter;
import dev.newsie.pipeline.ResumeState;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a batch writes its records. An output file is opened without truncating, locked exclusively (a
 * second run on the same file is refused instead of interleaving), and only then cut: to nothing for a new
 * run, after its last whole record for --resume. A special file (/dev/null, a pipe) is written as it is.
 */
final class OutputTarget implements AutoCloseable {
    /** The output cannot be used: the run cannot start. */
    static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final OutputStream stream;
    private final RecordWriter writer;
    private final ResumeState resume;

    private OutputTarget(FileChannel channel, OutputStream stream, RecordWriter writer, ResumeState resume) {
        this.channel = channel;
        this.stream = stream;
        this.writer = writer;
        this.resume = resume;
    }

    static OutputTarget standardOutput() {
        return new OutputTarget(null, null, RecordWriter.toPrintStream(System.out, "standard output"), ResumeState.none());
    }

    static OutputTarget open(Path output, boolean resume) throws OutputException {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(output) && !Files.isRegularFile(output)) {
                if (resume) {
                    throw new OutputException("--resume needs a regular output file; " + output + " is not one");
                }
                OutputStream s = Files.newOutputStream(output, StandardOpenOption.WRITE);
                return new OutputTarget(null, s, new RecordWriter(s, output.toString()), ResumeState.none());
            }
        } catch (IOException e) {
            throw new OutputException("cannot write output " + output + ": " + describe(e));
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(output, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new OutputException("output " + output + " is being written by another newsie run (it is locked); "
                        + "wait for that run or choose another -o");
            }
            ResumeState state;
            if (resume) {
                state = ResumeState.load(ch, output.toString());
            } else {
                ch.truncate(0);
                ch.position(0);
                state = ResumeState.none();
            }
            OutputStream s = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            return new OutputTarget(ch, s, new RecordWriter(s, output.toString()), state);
        } catch (ResumeState.NotRecordsException e) {
            close(ch);
            throw new OutputException("cannot --resume: " + e.getMessage());
        } catch (IOException e) {
            close(ch);
            throw new OutputException("cannot write output " + output + ": " + describe(e));
        } catch (OutputException e) {
            close(ch);
            throw e;
        }
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the run cannot start anyway; the first message says why
            }
        }
    }

    RecordWriter writer() {
        return writer;
    }

    ResumeState resume() {
        return resume;
    }

    /** Closes the file (releasing the lock); standard output stays open. */
    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            System.err.println("newsie: cannot finish writing " + writer.name() + ": " + e.getMessage());
        }
    }
}

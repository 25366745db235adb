package dev.newsie.spark;

import dev.newsie.ingest.Inputs;
import dev.newsie.ingest.PageSource;
import dev.newsie.ingest.RawPage;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * Reads one whole input file on an executor with the CLI's own page source (page file, WARC archive, gzipped
 * dump), so ids, URIs, charsets and ingest errors are the CLI's. A local file is read in place; a file on
 * another file system (HDFS, S3A) is first copied to the task's local disk under its own name, because the
 * sources read {@link java.nio.file.Path}s. Pages stream out through a small queue: a large WARC archive
 * never sits in memory whole.
 */
public final class WholeFileReader {
    /** Pages waiting between the reading thread and the task; enough to keep the task busy. */
    private static final int QUEUE = 16;

    private WholeFileReader() {
    }

    public static Iterator<PageData> read(InputFile file, HadoopSettings hadoop) {
        URI uri = URI.create(file.uri());
        if ("file".equals(uri.getScheme())) {
            return stream(java.nio.file.Path.of(uri), null, null, file.reading());
        }
        java.nio.file.Path dir;
        try {
            dir = Files.createTempDirectory("newsie-input");
            Path remote = new Path(uri);
            java.nio.file.Path local = dir.resolve(remote.getName());
            FileSystem fs = remote.getFileSystem(hadoop.toConfiguration());
            fs.copyToLocalFile(false, remote, new Path(local.toUri()), true);
            return stream(local, dir, file.uri(), file.reading());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file.uri() + " to the task's local disk: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the CLI's source and hands its pages over one at a time: a page file on the task's thread (it is one
     * page), an archive on a thread of its own through a small queue.
     */
    private static Iterator<PageData> stream(java.nio.file.Path local, java.nio.file.Path tempDir, String remoteUri,
                                             InputFile.Reading reading) {
        PageSource source = Inputs.sources(List.of(local)).get(0);
        if (reading == InputFile.Reading.PAGE) {
            List<PageData> pages = new ArrayList<>(1);
            try {
                source.read(page -> pages.add(PageData.of(remoteUri == null ? page : relabel(page, local, remoteUri))));
            } finally {
                delete(tempDir);
            }
            return pages.iterator();
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Object end = new Object();
        Thread reader = new Thread(() -> {
            try {
                source.read(page -> put(queue, remoteUri == null ? page : relabel(page, local, remoteUri)));
                put(queue, end);
            } catch (RuntimeException | Error e) {
                put(queue, e);
            } finally {
                delete(tempDir);
            }
        }, "newsie-read " + local.getFileName());
        reader.setDaemon(true);
        reader.start();
        TaskContext task = TaskContext.get();
        if (task != null) {
            // A task that ends early (failed, killed, or done with a partial iterator) must not leave the reader blocked.
            task.addTaskCompletionListener((TaskCompletionListener) ctx -> reader.interrupt());
        }
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        reader.interrupt();
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading " + local, e);
                    }
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                return next != end;
            }

            @Override
            public PageData next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PageData p = PageData.of((RawPage) next);
                next = null;
                return p;
            }
        };
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("page reader interrupted", e);
        }
    }

    /** The page as if read in place: the remote URI instead of the local copy's path, in the URI and the message. */
    private static RawPage relabel(RawPage p, java.nio.file.Path local, String remoteUri) {
        String localUri = local.toUri().toString();
        String uri = p.uri() == null ? null : p.uri().replace(localUri, remoteUri);
        String error = p.ingestError() == null ? null
                : p.ingestError().replace(localUri, remoteUri).replace(local.toString(), remoteUri);
        return new RawPage(p.id(), uri, p.bytes(), p.declaredCharset(), p.kind(), error);
    }

    private static void delete(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind is removed with the executor's work directory
        }
    }
}

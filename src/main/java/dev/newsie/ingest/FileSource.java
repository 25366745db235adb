package dev.newsie.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A single page file (.html, .htm, .txt, optionally .gz); its id is the file name without extensions.
 * Only regular files are opened (a FIFO would block the run, a device never ends), and the page is read
 * within the {@link IngestLimits}, so a gzip bomb becomes an error record, not an OutOfMemoryError.
 */
public final class FileSource implements PageSource {
    private final Path file;
    private final IngestLimits limits;

    public FileSource(Path file) {
        this(file, IngestLimits.NONE);
    }

    public FileSource(Path file, IngestLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The page id of a file: its name without the page and gzip extensions. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    @Override
    public void read(Consumer<RawPage> sink) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String base = gz ? lower.substring(0, lower.length() - 3) : lower;
        int dot = base.lastIndexOf('.');
        String ext = dot > 0 ? base.substring(dot + 1) : "";
        RawPage.Kind kind = ext.startsWith("htm") ? RawPage.Kind.HTML : ext.equals("txt") ? RawPage.Kind.TEXT : RawPage.Kind.UNKNOWN;
        String id = idOf(file);
        String uri = file.toUri().toString();
        String special = SpecialFiles.describe(file);
        if (special != null) {
            sink.accept(RawPage.failed(id, uri, file + ": " + special));
            return;
        }
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file); InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            bytes = BoundedRead.readAll(in, limits);
        } catch (PageReadException e) {
            sink.accept(RawPage.failed(id, uri, file + ": " + e.getMessage()));
            return;
        } catch (EOFException e) {
            sink.accept(RawPage.failed(id, uri, file + ": truncated gzip file (unexpected end of input)"));
            return;
        } catch (ZipException e) {
            sink.accept(RawPage.failed(id, uri, file + ": corrupt gzip file: " + e.getMessage()));
            return;
        } catch (AccessDeniedException e) {
            sink.accept(RawPage.failed(id, uri, file + ": cannot read: permission denied"));
            return;
        } catch (IOException e) {
            sink.accept(RawPage.failed(id, uri, file + ": cannot read: " + e.getMessage()));
            return;
        }
        sink.accept(new RawPage(id, uri, bytes, null, kind, null));
    }

    @Override
    public String name() {
        return file.toString();
    }
}

package dev.newsie.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** A single page file (.html, .htm, .txt, optionally .gz); its id is the file name without extensions. */
public final class FileSource implements PageSource {
    private final Path file;
    private final long maxBytes;

    public FileSource(Path file) {
        this(file, Long.MAX_VALUE);
    }

    public FileSource(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Consumer<RawPage> sink) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        int dot = base.lastIndexOf('.');
        String id = dot > 0 ? base.substring(0, dot) : base;
        String ext = dot > 0 ? base.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        RawPage.Kind kind = ext.startsWith("htm") ? RawPage.Kind.HTML : ext.equals("txt") ? RawPage.Kind.TEXT : RawPage.Kind.UNKNOWN;
        String uri = file.toUri().toString();
        try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            sink.accept(new RawPage(id, uri, in.readAllBytes(), null, kind, null));
        } catch (EOFException e) {
            sink.accept(RawPage.failed(id, uri, file + ": truncated gzip file (unexpected end of input)"));
        } catch (IOException e) {
            sink.accept(RawPage.failed(id, uri, file + ": cannot read: " + e.getMessage()));
        }
    }

    @Override
    public String name() {
        return file.toString();
    }
}

package dev.newsie.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/** A file or folder found while walking an input that cannot be read (permission, symlink loop): one error record. */
public record FailedSource(Path path, String reason) implements PageSource {
    @Override
    public void read(Consumer<RawPage> sink) {
        sink.accept(RawPage.failed(FileSource.idOf(path), path.toUri().toString(), path + ": " + reason));
    }

    @Override
    public String name() {
        return path.toString();
    }
}

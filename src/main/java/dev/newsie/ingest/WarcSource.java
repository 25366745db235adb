package dev.newsie.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WARC archive (.warc or .warc.gz) read with jwarc: every {@code response} record whose payload is HTML
 * or text becomes a page whose id is a hash of its target URI. A truncated or corrupt archive yields the
 * pages before the damage and one failed page saying where reading stopped.
 */
public final class WarcSource implements PageSource {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private final Path file;

    public WarcSource(Path file) {
        this.file = file;
    }

    /** Stable page id for a URI: the first 16 hex digits of its SHA-256. */
    public static String idFor(String uri) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void read(Consumer<RawPage> sink) {
        int records = 0;
        try (WarcReader reader = new WarcReader(file)) {
            Iterator<WarcRecord> it = reader.iterator();
            while (true) {
                WarcRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (RuntimeException e) {
                    sink.accept(RawPage.failed(file.getFileName() + "#" + (records + 1), file.toUri().toString(),
                            file + ": WARC unreadable after record " + records + " (truncated or corrupt): " + rootMessage(e)));
                    return;
                }
                records++;
                if (rec instanceof WarcResponse response) {
                    page(response, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(RawPage.failed(file.getFileName() + "#" + (records + 1), file.toUri().toString(),
                    file + ": WARC unreadable after record " + records + " (truncated or corrupt): " + rootMessage(e)));
        }
    }

    private void page(WarcResponse response, Consumer<RawPage> sink) {
        String uri = response.target();
        String id = idFor(uri);
        try {
            HttpResponse http = response.http();
            String contentType = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!contentType.isEmpty() && !contentType.contains("html") && !contentType.startsWith("text/")) {
                return; // images, scripts and the like are not pages
            }
            byte[] bytes;
            try (InputStream in = http.body().stream()) {
                bytes = in.readAllBytes();
            }
            long contentLength = http.headers().first("Content-Length").map(v -> {
                try {
                    return Long.parseLong(v.strip());
                } catch (NumberFormatException e) {
                    return -1L;
                }
            }).orElse(-1L);
            if (contentLength > bytes.length) {
                sink.accept(RawPage.failed(id, uri, file + ": WARC unreadable at " + uri + " (truncated record: "
                        + bytes.length + " of " + contentLength + " payload bytes)"));
                return;
            }
            Matcher m = CHARSET.matcher(contentType);
            String declared = m.find() ? m.group(1) : null;
            RawPage.Kind kind = contentType.contains("text/plain") ? RawPage.Kind.TEXT : RawPage.Kind.HTML;
            sink.accept(new RawPage(id, uri, bytes, declared, kind, null));
        } catch (IOException | RuntimeException e) {
            sink.accept(RawPage.failed(id, uri, file + ": WARC unreadable at " + uri + " (truncated or corrupt record): " + rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public String name() {
        return file.toString();
    }
}

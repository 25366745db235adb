package dev.newsie.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
 * A WARC archive (.warc or .warc.gz) read with jwarc: every {@code response} record whose HTTP payload is
 * HTML or text, and every {@code resource} record holding HTML or text, becomes a page whose id is a hash of
 * its target URI (of its WARC-Record-ID when it has no target). HTTP content-encodings (gzip, deflate) are
 * decoded; a response whose status is not 2xx becomes an error record naming the status. Payloads are read
 * within the {@link IngestLimits}. A truncated or corrupt archive yields the pages before the damage and one
 * failed page saying where reading stopped; a damaged record yields its error record and reading goes on.
 */
public final class WarcSource implements PageSource {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private final Path file;
    private final IngestLimits limits;

    public WarcSource(Path file) {
        this(file, IngestLimits.NONE);
    }

    public WarcSource(Path file, IngestLimits limits) {
        this.file = file;
        this.limits = limits;
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
        String special = SpecialFiles.describe(file);
        if (special != null) {
            sink.accept(RawPage.failed(file.getFileName() + "#1", file.toUri().toString(), file + ": " + special));
            return;
        }
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
                    sink.accept(unreadable(records, e));
                    return;
                }
                records++;
                if (rec instanceof WarcResponse || rec instanceof WarcResource) {
                    RawPage page = page(rec, records);
                    if (page != null) {
                        sink.accept(page);
                    }
                }
            }
        } catch (PageSource.Stop e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.accept(unreadable(records, e));
        }
    }

    private RawPage unreadable(int records, Exception e) {
        return RawPage.failed(file.getFileName() + "#" + (records + 1), file.toUri().toString(),
                file + ": WARC unreadable after record " + records + " (truncated or corrupt): " + rootMessage(e));
    }

    /** The page of one response or resource record, or null when it holds no page (images, scripts). */
    private RawPage page(WarcRecord rec, int number) {
        String target = rec.headers().first("WARC-Target-URI").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String recordId = rec.headers().first("WARC-Record-ID").orElse(file.getFileName() + "#" + number);
        String uri = target != null ? target : recordId;
        String id = idFor(uri);
        try {
            if (rec instanceof WarcResponse response) {
                HttpResponse http = response.http();
                String contentType = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (!isPage(contentType)) {
                    return null;
                }
                if (http.status() < 200 || http.status() > 299) {
                    return RawPage.failed(id, uri, file + ": HTTP status " + http.status() + " " + http.reason().strip()
                            + " at " + uri + ": not a page to extract");
                }
                String encoding = http.headers().first("Content-Encoding").map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("");
                boolean encoded = !encoding.isEmpty() && !encoding.equals("identity");
                byte[] bytes;
                try (InputStream in = encoding.equals("deflate") ? inflating(http.body().stream())
                        : Channels.newInputStream(encoded ? http.bodyDecoded() : http.body())) {
                    bytes = BoundedRead.readAll(in, limits);
                }
                long contentLength = encoded ? -1 : http.headers().first("Content-Length").map(WarcSource::parseLength).orElse(-1L);
                if (contentLength > bytes.length) {
                    return RawPage.failed(id, uri, file + ": WARC unreadable at " + uri + " (truncated record: "
                            + bytes.length + " of " + contentLength + " payload bytes)");
                }
                return new RawPage(id, uri, bytes, declared(contentType), kind(contentType), null);
            }
            String contentType = rec.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!isPage(contentType)) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = rec.body().stream()) {
                bytes = BoundedRead.readAll(in, limits);
            }
            return new RawPage(id, uri, bytes, declared(contentType), kind(contentType), null);
        } catch (PageReadException e) {
            return RawPage.failed(id, uri, file + ": " + uri + ": " + e.getMessage());
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: jwarc decodes brotli only with the optional brotli library on the class path.
            return RawPage.failed(id, uri, file + ": WARC unreadable at " + uri + " (truncated or corrupt record): " + rootMessage(e));
        }
    }

    /**
     * HTTP "deflate" is zlib-wrapped by the standard and raw deflate from many servers; the first byte tells
     * them apart (a zlib header is CM 8 with a check sum divisible by 31). jwarc reads only one of the two, so the JDK inflates here.
     */
    private static InputStream inflating(InputStream body) throws IOException {
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(body, 2);
        int first = in.read();
        int second = first < 0 ? -1 : in.read();
        if (second >= 0) {
            in.unread(second);
        }
        if (first >= 0) {
            in.unread(first);
        }
        boolean zlib = second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
        return new java.util.zip.InflaterInputStream(in, new java.util.zip.Inflater(!zlib), 1 << 16);
    }

    private static boolean isPage(String contentType) {
        return contentType.isEmpty() || contentType.contains("html") || contentType.startsWith("text/");
    }

    private static String declared(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static RawPage.Kind kind(String contentType) {
        return contentType.contains("text/plain") ? RawPage.Kind.TEXT : contentType.contains("html") ? RawPage.Kind.HTML : RawPage.Kind.UNKNOWN;
    }

    private static long parseLength(String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1L;
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

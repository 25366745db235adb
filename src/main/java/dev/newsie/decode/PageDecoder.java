package dev.newsie.decode;

import dev.newsie.ingest.RawPage;
import dev.newsie.pipeline.StageException;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a raw page to text. The charset is taken, in order, from a byte-order mark, the container's
 * declaration (HTTP header), an HTML meta tag, strict UTF-8 validity, and statistical detection
 * (juniversalchardet). GB2312 and GBK are read as GB18030, their superset, so rare characters survive.
 */
public final class PageDecoder implements dev.newsie.pipeline.Stage<RawPage, DecodedPage> {
    public static final String STAGE = "decode";
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Share of control bytes above which a page is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of undecodable characters above which decoding is taken to have failed. */
    private static final double MAX_REPLACEMENT_SHARE = 0.02;

    @Override
    public String name() {
        return STAGE;
    }

    @Override
    public DecodedPage apply(RawPage page) {
        return decode(page);
    }

    public DecodedPage decode(RawPage page) {
        if (page.failed()) {
            throw new StageException("ingest", page.ingestError());
        }
        byte[] b = page.bytes();
        if (b.length == 0) {
            throw new StageException(STAGE, "empty page (0 bytes)");
        }
        if (isBinary(b)) {
            throw new StageException(STAGE, "binary content, not a text or HTML page");
        }
        String charset = bomCharset(b);
        int skip = charset == null ? 0 : (charset.equals("UTF-8") ? 3 : 2);
        if (charset == null) {
            charset = supported(page.declaredCharset());
        }
        // Valid UTF-8 with multi-byte sequences is almost never another encoding by accident, while meta
        // tags often lie (pages re-saved as UTF-8 keep their old gb2312 declaration), so validity wins.
        if (charset == null && isStrictUtf8(b)) {
            charset = "UTF-8";
        }
        if (charset == null) {
            charset = supported(metaCharset(b));
        }
        if (charset == null) {
            charset = supported(detect(b));
        }
        if (charset == null) {
            charset = "GB18030";
        }
        String text = new String(b, skip, b.length - skip, Charset.forName(charset));
        if (replacementShare(text) > MAX_REPLACEMENT_SHARE) {
            throw new StageException(STAGE, "undecodable bytes: more than " + (int) (MAX_REPLACEMENT_SHARE * 100)
                    + "% of characters invalid in " + charset);
        }
        boolean html = page.kind() == RawPage.Kind.HTML
                || (page.kind() == RawPage.Kind.UNKNOWN && DecodedPage.looksLikeHtml(text));
        return new DecodedPage(page.id(), page.uri(), text, charset, html);
    }

    static boolean isBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    private static String bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return "UTF-8";
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return "UTF-16BE";
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return "UTF-16LE";
        }
        return null;
    }

    static String metaCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isStrictUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String detect(byte[] b) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(b, 0, Math.min(b.length, 1 << 16));
        d.dataEnd();
        return d.getDetectedCharset();
    }

    /** A Java charset name for a declared one, GBK family widened to GB18030; null when unknown. */
    static String supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("X-GBK") || n.equals("CP936") || n.equals("GB18030")
                || n.equals("HZ-GB-2312") || n.equals("EUC-CN")) {
            return "GB18030";
        }
        if (n.equals("BIG5") || n.equals("BIG-5") || n.equals("CP950") || n.equals("BIG5-HKSCS")) {
            return "Big5-HKSCS";
        }
        if (n.equals("UTF8")) {
            return "UTF-8";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n).name() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double replacementShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return (double) bad / text.length();
    }
}

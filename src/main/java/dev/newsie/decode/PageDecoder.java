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
    /** Share of control bytes (NUL included) above which a page is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of undecodable characters above which decoding is taken to have failed. */
    private static final double MAX_REPLACEMENT_SHARE = 0.02;
    /** Characters sampled, and the lead in common-character share, for the detector to overrule a declaration. */
    private static final int PLAUSIBILITY_SAMPLE = 4000;
    private static final double PLAUSIBILITY_MARGIN = 0.2;

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
        // A byte-order mark settles the charset before anything else: UTF-16 and UTF-32 are full of NULs.
        Bom bom = bom(b);
        if (bom == null && isBinary(b)) {
            throw new StageException(STAGE, "binary content, not a text or HTML page");
        }
        String charset = bom == null ? null : bom.charset;
        int skip = bom == null ? 0 : bom.length;
        boolean declared = false;
        if (charset == null) {
            charset = supported(page.declaredCharset());
            declared = charset != null;
        }
        // Valid UTF-8 with multi-byte sequences is almost never another encoding by accident, while meta
        // tags often lie (pages re-saved as UTF-8 keep their old gb2312 declaration), so validity wins.
        boolean strictUtf8 = bom == null && isStrictUtf8(b);
        if (charset == null && strictUtf8) {
            charset = "UTF-8";
        }
        if (charset == null) {
            charset = supported(metaCharset(b));
            declared = charset != null;
        }
        String detected = null;
        if (charset == null) {
            charset = detected = supported(detect(b));
        }
        if (charset == null) {
            charset = "GB18030";
        }
        String text = decodeWith(b, skip, charset);
        // A declaration can lie (a GBK page whose meta tag says big5): when the text it gives reads much less like
        // Chinese than the detector's choice, the detector wins.
        if (declared && !(strictUtf8 && charset.equals("UTF-8"))) {
            String alt = supported(detect(b));
            if (alt != null && !alt.equals(charset)) {
                String altText = decodeWith(b, 0, alt);
                if (CommonCharacters.share(altText, PLAUSIBILITY_SAMPLE) > CommonCharacters.share(text, PLAUSIBILITY_SAMPLE) + PLAUSIBILITY_MARGIN
                        && replacementShare(altText) <= MAX_REPLACEMENT_SHARE) {
                    charset = alt;
                    text = altText;
                }
            }
        }
        if (replacementShare(text) > MAX_REPLACEMENT_SHARE) {
            throw new StageException(STAGE, "undecodable bytes: more than " + (int) (MAX_REPLACEMENT_SHARE * 100)
                    + "% of characters invalid in " + charset);
        }
        text = withoutLoneCarriageReturns(text);
        boolean html = page.kind() == RawPage.Kind.HTML
                || (page.kind() == RawPage.Kind.UNKNOWN && DecodedPage.looksLikeHtml(text));
        return new DecodedPage(page.id(), page.uri(), text, charset, html);
    }

    private static String decodeWith(byte[] b, int skip, String charset) {
        return new String(b, skip, b.length - skip, Charset.forName(charset));
    }

    /**
     * Old Mac line ends (CR alone) become LF, one character for one, so offsets into the page stay exact and
     * the line-based cleaners see lines.
     */
    static String withoutLoneCarriageReturns(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\r' && (i + 1 == c.length || c[i + 1] != '\n')) {
                c[i] = '\n';
            }
        }
        return new String(c);
    }

    /**
     * Binary data has many control bytes; text has almost none. A share, never one byte: a stray NUL in a
     * scraped page does not make it binary.
     */
    static boolean isBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    private record Bom(String charset, int length) {
    }

    /** The byte-order mark at the start, UTF-32 tested before UTF-16 (FF FE 00 00 starts both). */
    private static Bom bom(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1, b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1, b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            return new Bom("UTF-32BE", 4);
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            return new Bom("UTF-32LE", 4);
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new Bom("UTF-8", 3);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new Bom("UTF-16BE", 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new Bom("UTF-16LE", 2);
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

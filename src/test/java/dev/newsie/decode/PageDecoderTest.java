package dev.newsie.decode;

import dev.newsie.TestPages;
import dev.newsie.ingest.RawPage;
import dev.newsie.pipeline.StageException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {
    private final PageDecoder decoder = new PageDecoder();

    private static RawPage page(byte[] b) {
        return new RawPage("p", null, b, null, RawPage.Kind.HTML, null);
    }

    @Test
    void decodesGbkPageWithoutMetaCharsetByDetection() {
        byte[] b = TestPages.newsPage(null).getBytes(Charset.forName("GBK"));
        DecodedPage d = decoder.decode(page(b));
        assertEquals("GB18030", d.charset());
        assertTrue(d.text().contains(TestPages.ARTICLE_P1));
    }

    @Test
    void decodesGbkPageByItsMetaTag() {
        byte[] b = TestPages.newsPage("gb2312").getBytes(Charset.forName("GBK"));
        assertTrue(decoder.decode(page(b)).text().contains(TestPages.ARTICLE_P2));
    }

    @Test
    void decodesBig5Page() {
        String trad = "<html><head><meta charset=\"big5\"></head><body><h1>臺北與姊妹市簽署協議</h1><p>臺北市與美國舊金山市簽署合作備忘錄，雙方將加強交流。</p></body></html>";
        DecodedPage d = decoder.decode(page(trad.getBytes(Charset.forName("Big5"))));
        assertTrue(d.text().contains("臺北市與美國舊金山市簽署合作備忘錄"), d.text());
    }

    @Test
    void decodesBig5PageWithoutDeclarationByDetection() {
        String trad = "<html><body><p>" + "臺北市與美國舊金山市簽署合作備忘錄，雙方將在經濟、文化、教育等領域加強交流與合作。".repeat(5) + "</p></body></html>";
        DecodedPage d = decoder.decode(page(trad.getBytes(Charset.forName("Big5"))));
        assertTrue(d.text().contains("臺北市與美國舊金山市"), d.charset());
    }

    @Test
    void utf8BomWins() {
        byte[] body = "<p>上海</p>".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        DecodedPage d = decoder.decode(page(b));
        assertEquals("UTF-8", d.charset());
        assertEquals("<p>上海</p>", d.text());
    }

    @Test
    void emptyPageIsAnError() {
        StageException e = assertThrows(StageException.class, () -> decoder.decode(page(new byte[0])));
        assertEquals("decode", e.stage());
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void binaryPageIsAnError() {
        byte[] b = new byte[2000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        StageException e = assertThrows(StageException.class, () -> decoder.decode(page(b)));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAreAnError() {
        byte[] b = new byte[3000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + (i % 60)); // continuation bytes only: never valid UTF-8
        }
        StageException e = assertThrows(StageException.class,
                () -> decoder.decode(new RawPage("p", null, b, "UTF-8", RawPage.Kind.TEXT, null)));
        assertTrue(e.getMessage().contains("undecodable"), e.getMessage());
    }

    private static byte[] withBom(int[] bom, byte[] body) {
        byte[] b = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            b[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, b, bom.length, body.length);
        return b;
    }

    @Test
    void utf16AndUtf32PagesWithAByteOrderMarkAreDecoded() {
        String html = "<html><body><p>" + TestPages.ARTICLE_P1 + "</p></body></html>";
        Object[][] cases = {
                {new int[] {0xFF, 0xFE}, "UTF-16LE"}, {new int[] {0xFE, 0xFF}, "UTF-16BE"},
                {new int[] {0xFF, 0xFE, 0, 0}, "UTF-32LE"}, {new int[] {0, 0, 0xFE, 0xFF}, "UTF-32BE"}};
        for (Object[] c : cases) {
            byte[] b = withBom((int[]) c[0], html.getBytes(Charset.forName((String) c[1])));
            DecodedPage d = decoder.decode(page(b));
            assertEquals(c[1], d.charset());
            assertEquals(html, d.text());
        }
    }

    @Test
    void aFewNulBytesDoNotMakeAPageBinary() {
        byte[] b = ("<html><body><p>" + TestPages.ARTICLE_P1 + "\u0000" + TestPages.ARTICLE_P2 + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertTrue(decoder.decode(page(b)).text().contains(TestPages.ARTICLE_P2));
    }

    @Test
    void gbkPageWhoseMetaTagSaysBig5IsRedetected() {
        byte[] b = TestPages.newsPage("big5").getBytes(Charset.forName("GBK"));
        DecodedPage d = decoder.decode(page(b));
        assertEquals("GB18030", d.charset());
        assertTrue(d.text().contains(TestPages.ARTICLE_P1));
    }

    @Test
    void big5PageWhoseMetaTagSaysBig5StaysBig5() {
        String trad = "<html><head><meta charset=\"big5\"></head><body><p>" + "臺北市與美國舊金山市簽署合作備忘錄，雙方將在經濟、文化、教育等領域加強交流與合作。".repeat(3) + "</p></body></html>";
        assertEquals("Big5-HKSCS", decoder.decode(page(trad.getBytes(Charset.forName("Big5")))).charset());
    }

    @Test
    void carriageReturnOnlyLineEndsBecomeLineFeedsKeepingLength() {
        String text = "标题\r" + TestPages.ARTICLE_P1 + "\r\n" + TestPages.ARTICLE_P2 + "\r";
        DecodedPage d = decoder.decode(new RawPage("p", null, text.getBytes(StandardCharsets.UTF_8), null, RawPage.Kind.TEXT, null));
        assertEquals(text.length(), d.text().length());
        assertEquals("标题\n" + TestPages.ARTICLE_P1 + "\r\n" + TestPages.ARTICLE_P2 + "\n", d.text());
    }
}

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
}

package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a foreign given and family name written after a title without the interpunct. */
class DotlessForeignNamesTest {
    @Test
    void aTwoPartNameWithoutTheDotIsOneName() {
        Set<String> p = MadeUpSentences.persons("美国俄勒冈州某某市市长安娜贝克今天率团访问台南市。");
        assertTrue(p.contains("安娜贝克"), p.toString());
    }

    @Test
    void theNameEndsBeforeTheSegmentersAdverb() {
        Set<String> p = MadeUpSentences.persons("加拿大某市市长罗伯特安德森特别录制影片祝贺两市结盟。");
        assertTrue(p.contains("罗伯特安德森"), p.toString());
    }

    @Test
    void aOnePartNameStaysShort() {
        Set<String> p = MadeUpSentences.persons("州长拉卡瓦表示欢迎。");
        assertTrue(p.contains("拉卡瓦"), p.toString());
    }
}

package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionalWordsTest {
    @Test
    void regionalVerbIsOneWordSoTheNameBeforeItStaysWhole() {
        assertTrue(RegionalWords.ensureInstalled() > 0);
        List<String> words = new HanLpBackend().analyse("嘉义与日本仙台缔盟十年").tokens().stream().map(Token::word).toList();
        assertTrue(words.contains("缔盟"), words.toString());
        assertTrue(words.contains("仙台"), words.toString());
    }
}

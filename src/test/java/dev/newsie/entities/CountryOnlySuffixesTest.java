package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up names: 村 ends a municipality's name only in a chain placed in Japan, and never as a title's first character. */
class CountryOnlySuffixesTest {
    private static final CountryOnlySuffixes SUFFIXES = CountryOnlySuffixes.load();

    @Test
    void aJapaneseVillageEndsInItsSuffix() {
        assertEquals("村", SUFFIXES.at("北原村议会", 2, "日本").text());
    }

    @Test
    void elsewhereOrAsATitleItIsNoSuffix() {
        assertNull(SUFFIXES.at("北原村议会", 2, "中国"));
        assertNull(SUFFIXES.at("北原村议会", 2, null));
        assertNull(SUFFIXES.at("北原村长来访", 2, "日本"));
    }
}

package dev.newsie.normalize;

/**
 * Characters that are not text: Unicode's format characters (general category Cf: zero-width space and joiners, the
 * byte-order mark inside a page, the soft hyphen, word joiners, bidirectional marks, the tag characters
 * U+E0001–U+E007F) and the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF (the ideographic ones, written after
 * a CJK character in Japanese and Taiwan text). Pages copied from chat apps and web editors put them inside words
 * (上&#x200B;海), where they hide a name from every stage; a reader sees nothing there, so the normalizer drops them
 * (the text around keeps its offsets). Read by code point: the tags and the ideographic selectors lie beyond the
 * Basic Multilingual Plane, where a {@code char} is only half of one.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether the code point {@code c} is read as nothing: a format character or a variation selector. */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }
}

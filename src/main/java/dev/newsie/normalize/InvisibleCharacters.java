package dev.newsie.normalize;

/**
 * Characters that are not text: Unicode's format characters (general category Cf: zero-width space and joiners, the
 * byte-order mark inside a page, the soft hyphen, word joiners, bidirectional marks) and the variation selectors
 * U+FE00–U+FE0F. Pages copied from chat apps and web editors put them inside words (上&#x200B;海), where they hide a
 * name from every stage; a reader sees nothing there, so the normalizer drops them (the text around keeps its offsets).
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether {@code c} is read as nothing: a format character or a variation selector. */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT || (c >= '\uFE00' && c <= '\uFE0F');
    }
}

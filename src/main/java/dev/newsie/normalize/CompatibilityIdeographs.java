package dev.newsie.normalize;

import java.text.Normalizer;

/**
 * CJK compatibility ideographs (U+F900–U+FAFF), kept in Unicode for round trips with Korean and Japanese legacy
 * encodings, are canonically equivalent to unified ideographs (U+F914 → U+6A02 樂): the JDK's Unicode normalization (NFC)
 * maps them, one character to one, so text from those encodings reads like any other and offsets are kept.
 */
final class CompatibilityIdeographs {
    private static final char FIRST = '\uF900', LAST = '\uFAFF';

    private CompatibilityIdeographs() {
    }

    /** The unified ideograph a compatibility ideograph is canonically equivalent to; any other character as it is. */
    static char toUnified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        String nfc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC);
        return nfc.length() == 1 ? nfc.charAt(0) : c;
    }

    /** The text with every compatibility ideograph replaced by its unified ideograph (same length). */
    static String toUnified(String s) {
        return OneForOne.map(s, c -> toUnified((char) c));
    }
}

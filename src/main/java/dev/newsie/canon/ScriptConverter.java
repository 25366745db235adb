package dev.newsie.canon;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Character-level Traditional to Simplified conversion and full-width to half-width folding.
 * Only characters are converted here, never Taiwan phrases: the phrase converters rewrite ordinary
 * mainland words (新增→添加, 建立→创建; BASELINES.md), so regional usage is handled for names only,
 * by {@link RegionalPhraseTable}.
 */
public final class ScriptConverter {
    private ScriptConverter() {
    }

    /**
     * Converts to Simplified keeping the length, so offsets stay aligned character by character.
     * OpenCC4j converts with phrase context; where that changes the length we fall back to one
     * character at a time.
     */
    public static String toSimplified(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (AlreadySimplified.holds(text) && fixVariants(text) == text) {
            return text; // most of a mainland page: OpenCC's phrase matching costs a tenth of a page's time for nothing
        }
        String whole = fixVariants(ZhConverterUtil.toSimple(text));
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String s = ZhConverterUtil.toSimple(c);
            sb.append(s.length() == 1 ? fixVariants(s) : c);
        }
        return sb.toString();
    }

    /**
     * Variant characters no OpenCC dictionary maps to their mainland form (陜 → 陕), and Japanese shinjitai (県 → 县):
     * one table indexed by character, so a page is converted in one pass without boxing a character per lookup.
     */
    private static String fixVariants(String s) {
        char[] variants = Variants.TABLE;
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char m = variants[s.charAt(i)];
            if (m != 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = m;
            }
        }
        return out == null ? s : new String(out);
    }

    /**
     * Whether no character of a text is one OpenCC converts on its own. Each character's answer is asked of OpenCC
     * once and remembered (0 not yet asked, 1 kept, 2 converted); threads that race ask twice and agree.
     */
    private static final class AlreadySimplified {
        private static final byte[] KNOWN = new byte[Character.MAX_VALUE + 1];

        static boolean holds(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x2E80) {
                    continue; // below the CJK radicals nothing is converted
                }
                byte k = KNOWN[c];
                if (k == 0) {
                    String one = String.valueOf(c);
                    k = ZhConverterUtil.toSimple(one).equals(one) ? (byte) 1 : (byte) 2;
                    KNOWN[c] = k;
                }
                if (k == 2) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The variant table, built once: the fixed variants below and models/japanese-shinjitai.tsv. */
    private static final class Variants {
        /** Variants OpenCC leaves alone, each followed by its mainland form (髙, the ladder form of 高 in Japanese names: 髙桥). */
        private static final String FIXED = "陜陕佈布粧妆瑯琅衞卫敍叙衹只髙高";
        static final char[] TABLE = load();

        private static char[] load() {
            char[] t = new char[Character.MAX_VALUE + 1];
            for (int i = 0; i < FIXED.length(); i += 2) {
                t[FIXED.charAt(i)] = FIXED.charAt(i + 1);
            }
            for (ModelFile.Row r : ModelFile.read("japanese-shinjitai.tsv", 2)) {
                if (r.get(0).length() != 1 || r.get(1).length() != 1) {
                    throw r.error("one character each side expected");
                }
                t[r.get(0).charAt(0)] = r.get(1).charAt(0);
            }
            return t;
        }
    }

    /**
     * The separators Taiwan, Hong Kong and Macau texts put between the parts of a transliterated name → the
     * mainland interpunct ·: ‧ (U+2027, the Big5 name dot), ∙ (U+2219) and ⋅ (U+22C5), which legacy encodings and
     * editors produce for it (霍華德‧莫里森 → 霍华德·莫里森). One character for one, so offsets are kept.
     */
    public static char toMainlandInterpunct(char c) {
        return c == '\u2027' || c == '\u2219' || c == '\u22C5' ? '·' : c;
    }

    /** Full-width ASCII letters, digits and the ideographic space → half-width; Chinese punctuation is kept. */
    public static char toHalfWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    public static String toHalfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(toHalfWidth(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Every full-width ASCII form (letters, digits and punctuation: ：，！) → ASCII; for pattern matching only. */
    public static String foldFullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return sb.toString();
    }

    /** True when the text has characters that Simplified conversion changes. */
    public static boolean hasTraditional(String text) {
        return !toSimplified(text).equals(text);
    }
}

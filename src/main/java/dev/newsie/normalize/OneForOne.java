package dev.newsie.normalize;

import java.util.function.IntUnaryOperator;

/**
 * A text mapped one UTF-16 unit for one (a look-alike to the character it stands for), so its length and every
 * offset into it are kept: the steps before the Traditional → Simplified conversion ({@link RadicalForms},
 * {@link CompatibilityIdeographs}) share it.
 */
final class OneForOne {
    private OneForOne() {
    }

    /** {@code s} with each unit replaced by {@code map} of it; {@code s} itself when nothing changes. */
    static String map(String s, IntUnaryOperator map) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char u = (char) map.applyAsInt(s.charAt(i));
            if (u != s.charAt(i)) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = u;
            }
        }
        return out == null ? s : new String(out);
    }
}

package dev.newsie.normalize;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * CJK radicals written for the unified ideographs they look like ({@code models/radical-equivalents.tsv}, from the
 * Unicode Character Database): text copied out of PDFs writes ⼤ (U+2F24) for 大 and ⻓ (U+2ED3) for 长, and a
 * name or trigger word holding one is read by no stage. One UTF-16 unit becomes one, so offsets are kept.
 */
final class RadicalForms {
    private static final char FIRST = '\u2E80', LAST = '\u2FDF';
    private final char[] unified = new char[LAST - FIRST + 1];

    private RadicalForms(List<ModelFile.Row> rows) {
        for (ModelFile.Row r : rows) {
            String radical = r.get(0), ideograph = r.get(1);
            if (radical.length() != 1 || ideograph.length() != 1 || radical.charAt(0) < FIRST || radical.charAt(0) > LAST) {
                throw r.error("a radical of U+2E80–U+2FDF and one BMP ideograph are expected");
            }
            unified[radical.charAt(0) - FIRST] = ideograph.charAt(0);
        }
    }

    /** Loaded on first use, once (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final RadicalForms SHARED = new RadicalForms(ModelFile.read("radical-equivalents.tsv", 2));
    }

    static RadicalForms shared() {
        return Holder.SHARED;
    }

    /** The unified ideograph for a radical that has one; any other character as it is. */
    char toUnified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char u = unified[c - FIRST];
        return u == 0 ? c : u;
    }

    /** The text with every radical that has an equivalent replaced by it (same length). */
    String toUnified(String s) {
        return OneForOne.map(s, c -> toUnified((char) c));
    }
}

package dev.newsie.text;

import java.util.Arrays;

/**
 * A text whose every character knows the span of the original page it came from. Stages that cut,
 * join or convert text build a new TrackedText, so offsets into the decoded page survive cleaning and
 * normalisation even where a conversion changes length (澳洲 → 澳大利亚: all four characters map to
 * the two of 澳洲).
 */
public final class TrackedText {
    private final String text;
    private final int[] rawStart;
    private final int[] rawEnd;

    private TrackedText(String text, int[] rawStart, int[] rawEnd) {
        this.text = text;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    /** The original itself: character i maps to [i, i+1). */
    public static TrackedText identity(String original) {
        int n = original.length();
        int[] s = new int[n], e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new TrackedText(original, s, e);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int rawStart(int i) {
        return rawStart[i];
    }

    public int rawEnd(int i) {
        return rawEnd[i];
    }

    /** The span of the original covered by characters [start, end) of this text. */
    public int[] rawSpan(int start, int end) {
        if (start >= end || start >= text.length()) {
            int at = start < text.length() ? rawStart[start] : (text.isEmpty() ? 0 : rawEnd[text.length() - 1]);
            return new int[]{at, at};
        }
        int s = Integer.MAX_VALUE, e = Integer.MIN_VALUE;
        for (int i = start; i < end; i++) {
            s = Math.min(s, rawStart[i]);
            e = Math.max(e, rawEnd[i]);
        }
        return new int[]{s, e};
    }

    /** Characters [start, end) with their mapping. */
    public TrackedText slice(int start, int end) {
        return new TrackedText(text.substring(start, end), Arrays.copyOfRange(rawStart, start, end),
                Arrays.copyOfRange(rawEnd, start, end));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends pieces of tracked text, converted text, or separators. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] s = new int[64], e = new int[64];

        private void ensure(int extra) {
            int need = sb.length() + extra;
            if (need > s.length) {
                int cap = Math.max(need, s.length * 2);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
        }

        /** Appends characters [from, to) of a tracked text, keeping their mapping. */
        public Builder append(TrackedText t, int from, int to) {
            ensure(to - from);
            for (int i = from; i < to; i++) {
                s[sb.length()] = t.rawStart[i];
                e[sb.length()] = t.rawEnd[i];
                sb.append(t.text.charAt(i));
            }
            return this;
        }

        public Builder append(TrackedText t) {
            return append(t, 0, t.length());
        }

        /** Appends one character that replaces a single source character with the given span. */
        public Builder appendChar(char c, int rawStart, int rawEnd) {
            ensure(1);
            s[sb.length()] = rawStart;
            e[sb.length()] = rawEnd;
            sb.append(c);
            return this;
        }

        /** Appends a replacement: every character of it maps to the whole source span. */
        public Builder appendReplacement(String replacement, int rawStart, int rawEnd) {
            ensure(replacement.length());
            for (int i = 0; i < replacement.length(); i++) {
                s[sb.length()] = rawStart;
                e[sb.length()] = rawEnd;
                sb.append(replacement.charAt(i));
            }
            return this;
        }

        /** Appends text with no source (paragraph separators): an empty span at {@code at}. */
        public Builder appendSynthetic(String sep, int at) {
            return appendReplacement(sep, at, at);
        }

        public int length() {
            return sb.length();
        }

        public TrackedText build() {
            return new TrackedText(sb.toString(), Arrays.copyOf(s, sb.length()), Arrays.copyOf(e, sb.length()));
        }
    }
}

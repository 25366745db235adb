package dev.newsie.text;

/**
 * Where the sentence holding a position starts: just after the last full stop, question or exclamation mark,
 * semicolon or line break before it. Readers that look back within one sentence (a jubilee's year, a place named
 * before a role word) share it. Reads text only.
 */
public final class SentenceStart {
    /** The marks that end a sentence, in full and half width, and the line break. */
    private static final String ENDS = "。!！?？;；\n";

    private SentenceStart() {
    }

    /** The start of the sentence that holds (or ends right before) {@code at} in {@code text}. */
    public static int before(String text, int at) {
        int from = at;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }
}

package dev.newsie.events;

/**
 * A sentence the page prints again word for word: photo captions of Taiwan and city-hall pages repeat the lead (and
 * each other) under every picture. The copy tells no act of its own, so the signing it names was told already; read
 * again, a copy only splits that signing in two (its verb read as a follow-up of itself). Reads the page's sentences.
 */
final class RepeatedSentence {
    private RepeatedSentence() {
    }

    /** Shorter sentences (两市签署协议。) may well be said twice of two acts; a repeated long one is a copy. */
    private static final int LONG_ENOUGH = 20;

    /** Whether sentence {@code si} repeats, character for character, a long sentence before it on the page. */
    static boolean copiesAnEarlierOne(DocumentContext ctx, int si) {
        String text = ctx.sentences.get(si).text().strip();
        if (text.length() < LONG_ENOUGH) {
            return false;
        }
        for (int i = 0; i < si; i++) {
            if (ctx.sentences.get(i).text().strip().equals(text)) {
                return true;
            }
        }
        return false;
    }
}

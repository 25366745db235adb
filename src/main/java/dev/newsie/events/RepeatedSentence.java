package dev.newsie.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence the page prints again word for word: photo captions of Taiwan and city-hall pages repeat the lead (and
 * each other) under every picture. The copy tells no act of its own, so the signing it names was told already; read
 * again, a copy only splits that signing in two (its verb read as a follow-up of itself). Reads the page's sentences
 * once; {@link DocumentContext} keeps the answer for the readers of signings.
 */
final class RepeatedSentence {
    private RepeatedSentence() {
    }

    /** Shorter sentences (两市签署协议。) may well be said twice of two acts; a repeated long one is a copy. */
    private static final int LONG_ENOUGH = 20;

    /** Whether sentence {@code si} repeats, character for character, a long sentence before it on the page. */
    static boolean copiesAnEarlierOne(DocumentContext ctx, int si) {
        return ctx.copies[si];
    }

    /** For each sentence, whether it repeats a long sentence before it on the page. */
    static boolean[] copies(List<Sentence> sentences) {
        boolean[] out = new boolean[sentences.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text().strip();
            out[i] = text.length() >= LONG_ENOUGH && !seen.add(text);
        }
        return out;
    }
}

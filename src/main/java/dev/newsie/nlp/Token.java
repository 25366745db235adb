package dev.newsie.nlp;

/** A token with its offsets into the analysed text and the backend's part-of-speech tag. */
public record Token(int start, int end, String word, String tag) {
}

package dev.newsie.normalize;

import dev.newsie.text.TrackedText;

/**
 * The body in mainland Simplified with half-width Latin and digits; every character maps back to its
 * span of the decoded page. {@code script} says what the body was written in.
 */
public record NormalizedText(TrackedText text, String script) {
    public static final String SIMPLIFIED = "simplified", TRADITIONAL = "traditional", MIXED = "mixed";
}

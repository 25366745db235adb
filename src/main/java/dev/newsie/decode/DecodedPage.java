package dev.newsie.decode;

import dev.newsie.ingest.RawPage;

/** A page as text: the charset it was decoded with, and whether it is HTML. */
public record DecodedPage(String id, String uri, String text, String charset, boolean html) {
    /** For pages that are already text (JSON Lines content, tests). */
    public static DecodedPage ofText(String id, String text, RawPage.Kind kind) {
        return new DecodedPage(id, null, text, "UTF-8", kind == RawPage.Kind.HTML || (kind == RawPage.Kind.UNKNOWN && looksLikeHtml(text)));
    }

    public static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<div")
                || head.contains("<p>") || head.contains("<head");
    }
}

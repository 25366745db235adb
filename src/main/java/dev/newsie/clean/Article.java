package dev.newsie.clean;

import dev.newsie.text.TrackedText;

/**
 * The article cut out of a page: metadata found on the page (each null when absent, never invented) and
 * the body — title, dateline, paragraphs, captions and reporter lines separated by blank lines — with
 * offsets into the decoded page.
 */
public record Article(String title, String published, String source, String reporter, TrackedText body) {
}

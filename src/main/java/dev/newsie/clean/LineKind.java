package dev.newsie.clean;

/** What one line of a page is, for the cleaners. */
public enum LineKind {
    /** Never part of an article: breadcrumbs, share widgets, counters, spam, promos. */
    JUNK,
    /** A heading or footer after which the article is over. */
    END,
    /** The article's closing line (the editor's): kept, and the article is over after it. */
    LAST,
    /** Running text: long enough and punctuated like sentences. */
    PROSE,
    /** Anything else: titles, captions, datelines, reporter lines, list items. */
    OTHER
}

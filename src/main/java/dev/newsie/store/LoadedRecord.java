package dev.newsie.store;

import dev.newsie.model.ArticleRecord;

/** A record as read for loading, with the file and 1-based line it came from. */
public record LoadedRecord(ArticleRecord record, String file, long line) {
}

package dev.newsie.spark;

import java.io.Serializable;

/** What every task of one job needs to know: the extractor, the page limits. Sent to executors with the tasks. */
public record JobSettings(String ner, long maxPageBytes, long pageTimeoutMillis) implements Serializable {
}
